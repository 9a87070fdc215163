package nl.noaber;

import io.micronaut.http.HttpStatus;

import java.util.List;

/**
 * A field the client sent that Bean Validation cannot judge alone (it needs other fields, the
 * clock or the database): 400 {@code validation-failed}, naming the field as the client sent it.
 */
public class InvalidInput extends NoaberProblem {

    public InvalidInput(String field, String message) {
        super("validation-failed", HttpStatus.BAD_REQUEST, "Invalid request", field + ": " + message,
                List.of(new FieldError(field, message)));
    }
}
