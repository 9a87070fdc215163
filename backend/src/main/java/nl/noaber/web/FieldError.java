package nl.noaber.web;

import io.micronaut.http.server.exceptions.response.Error;

import java.util.Optional;

/** One invalid field for the {@code errors[]} of a problem: the field as the client named it. */
record FieldError(String field, String reason) implements Error {

    @Override
    public Optional<String> getPath() {
        return Optional.of(field);
    }

    @Override
    public String getMessage() {
        return field + ": " + reason;
    }
}
