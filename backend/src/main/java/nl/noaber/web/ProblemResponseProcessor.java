package nl.noaber.web;

import io.micronaut.context.annotation.Primary;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import nl.noaber.NoaberProblem;

import java.util.List;
import java.util.Map;

/**
 * Writes every error response of the service as {@code application/problem+json}: domain
 * problems, validation and conversion failures, 401/403 from security, 404/405/413/415 from
 * routing. A 5xx never carries the exception message: it may hold internals or personal data.
 */
@Singleton
@Primary
class ProblemResponseProcessor implements ErrorResponseProcessor<Problem> {

    static final MediaType PROBLEM_JSON = MediaType.of("application/problem+json");
    private static final int MAX_DETAIL_LENGTH = 300;

    private static final Map<Integer, String> TYPE_BY_STATUS = Map.ofEntries(
            Map.entry(400, "bad-request"),
            Map.entry(401, "unauthorized"),
            Map.entry(403, "forbidden"),
            Map.entry(404, "not-found"),
            Map.entry(405, "method-not-allowed"),
            Map.entry(406, "not-acceptable"),
            Map.entry(409, "conflict"),
            Map.entry(413, "payload-too-large"),
            Map.entry(415, "unsupported-media-type"),
            Map.entry(429, "too-many-requests"));

    @Override
    public MutableHttpResponse<Problem> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        HttpStatus status = response.getStatus();
        Problem problem = context.getRootCause()
                .filter(NoaberProblem.class::isInstance)
                .map(NoaberProblem.class::cast)
                .map(p -> fromDomain(p, context))
                .orElseGet(() -> fromFramework(status, context));
        return response.contentType(PROBLEM_JSON).body(problem);
    }

    private static Problem fromDomain(NoaberProblem p, ErrorContext context) {
        List<Problem.FieldViolation> errors = p.fieldErrors().stream()
                .map(e -> new Problem.FieldViolation(e.field(), e.message()))
                .toList();
        return new Problem(Problem.TYPE_PREFIX + p.type(), p.title(), p.status().getCode(), p.detail(),
                context.getRequest().getPath(), errors);
    }

    private static Problem fromFramework(HttpStatus status, ErrorContext context) {
        String path = context.getRequest().getPath();
        if (status.getCode() >= 500) {
            return new Problem(Problem.TYPE_PREFIX + "internal-error", "Internal error", status.getCode(),
                    "Something went wrong on our side; the request id in the X-Request-Id header helps us find it",
                    path, List.of());
        }
        List<Problem.FieldViolation> errors = context.getErrors().stream()
                .filter(e -> e.getPath().isPresent())
                .map(e -> new Problem.FieldViolation(e.getPath().get(), truncate(withoutFieldPrefix(e))))
                .toList();
        String type = errors.isEmpty()
                ? TYPE_BY_STATUS.getOrDefault(status.getCode(), "client-error")
                : "validation-failed";
        String title = errors.isEmpty() ? status.getReason() : "Invalid request";
        String detail = context.getErrors().stream().findFirst().map(Error::getMessage).map(ProblemResponseProcessor::truncate)
                .orElse(status.getReason());
        return new Problem(Problem.TYPE_PREFIX + type, title, status.getCode(), detail, path, errors);
    }

    /** {@code errors[].message} says what is wrong; the field is already named beside it. */
    private static String withoutFieldPrefix(Error error) {
        String prefix = error.getPath().orElse("") + ": ";
        return error.getMessage().startsWith(prefix) ? error.getMessage().substring(prefix.length()) : error.getMessage();
    }

    private static String truncate(String message) {
        return message.length() <= MAX_DETAIL_LENGTH ? message : message.substring(0, MAX_DETAIL_LENGTH) + "…";
    }
}
