package nl.noaber.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** An RFC 9457 problem document, as every error of the API is written. */
@Serdeable
record Problem(String type, String title, int status, @Nullable String detail,
               @Nullable String instance, List<FieldViolation> errors) {

    static final String TYPE_PREFIX = "/problems/";

    @Serdeable
    record FieldViolation(String field, String message) {
    }
}
