package nl.noaber.geo;

import io.micronaut.http.HttpStatus;
import nl.noaber.NoaberProblem;

import java.util.List;

/** A location the client sent that is not a usable GeoJSON point. */
public final class InvalidLocation extends NoaberProblem {

    InvalidLocation(String field, String message) {
        super("validation-failed", HttpStatus.BAD_REQUEST, "Invalid request", field + ": " + message,
                List.of(new FieldError(field, message)));
    }
}
