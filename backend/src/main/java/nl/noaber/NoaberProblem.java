package nl.noaber;

import io.micronaut.http.HttpStatus;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A domain failure that the API reports as {@code application/problem+json} (RFC 9457).
 *
 * <p>Each subclass names one failure: its {@code type} slug is documented under
 * {@code api-spec/problems/}, its status is fixed, and its detail is safe to show to the caller.
 * Services throw these; the {@code web} package turns them into responses and logs them once.
 */
public abstract class NoaberProblem extends RuntimeException {

    private final String type;
    private final HttpStatus status;
    private final String title;
    private final List<FieldError> fieldErrors;

    protected NoaberProblem(String type, HttpStatus status, String title, String detail) {
        this(type, status, title, detail, List.of());
    }

    protected NoaberProblem(String type, HttpStatus status, String title, String detail,
                            List<FieldError> fieldErrors) {
        super(detail, null, false, false);
        this.type = type;
        this.status = status;
        this.title = title;
        this.fieldErrors = List.copyOf(fieldErrors);
    }

    /** The slug under {@code /problems/}, e.g. {@code offer-no-longer-open}. */
    public String type() {
        return type;
    }

    public HttpStatus status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return getMessage();
    }

    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }

    /** When the caller may try again; sent as {@code Retry-After}. */
    public Optional<Duration> retryAfter() {
        return Optional.empty();
    }

    /** One invalid input field, named as the client sent it (e.g. {@code email}). */
    public record FieldError(String field, String message) {
    }
}
