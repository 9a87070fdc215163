package nl.noaber.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import nl.noaber.NoaberProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Domain problems: logged once at WARN (they are the caller's mistake), then written as problem+json. */
@Singleton
class NoaberProblemHandler implements ExceptionHandler<NoaberProblem, HttpResponse<?>> {

    private static final Logger LOG = LoggerFactory.getLogger(NoaberProblemHandler.class);

    private final ErrorResponseProcessor<?> processor;

    NoaberProblemHandler(ErrorResponseProcessor<?> processor) {
        this.processor = processor;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, NoaberProblem problem) {
        LOG.warn("{} {} -> {} {}", request.getMethodName(), request.getPath(), problem.status().getCode(), problem.type());
        MutableHttpResponse<?> response = HttpResponse.status(problem.status());
        problem.retryAfter().ifPresent(wait ->
                response.header("Retry-After", String.valueOf(Math.max(1, wait.toSeconds()))));
        return processor.processResponse(ErrorContext.builder(request).cause(problem).build(), response);
    }
}
