package nl.noaber.geo;

import io.micronaut.http.HttpStatus;
import nl.noaber.NoaberProblem;

import java.util.List;

/** A wijk boundary file that cannot be imported; nothing was changed. */
final class InvalidWijkFile extends NoaberProblem {

    InvalidWijkFile(String field, String message) {
        super("invalid-wijk-file", HttpStatus.UNPROCESSABLE_ENTITY, "Wijk file not imported",
                field + ": " + message + ". Nothing was imported; the current wijken are unchanged.",
                List.of(new FieldError(field, message)));
    }
}
