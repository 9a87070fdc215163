package nl.noaber.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the 503 of a {@link DatabaseUnavailable}. Logged once per request at WARN, with the
 * database's reason and without a stack trace: during an outage every request fails the same way,
 * and a stack per request would bury the log; the pool (Hikari) and {@code /health} report the
 * outage itself.
 */
@Singleton
class DatabaseOutageResponses {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseOutageResponses.class);

    private final ErrorResponseProcessor<?> processor;

    DatabaseOutageResponses(ErrorResponseProcessor<?> processor) {
        this.processor = processor;
    }

    HttpResponse<?> respond(HttpRequest<?> request, DatabaseUnavailable outage) {
        LOG.warn("{} {} -> 503 database unavailable ({})", request.getMethodName(), request.getPath(), outage.reason());
        MutableHttpResponse<?> response = HttpResponse.status(outage.status())
                .header("Retry-After", String.valueOf(outage.retryAfter().orElseThrow().toSeconds()));
        return processor.processResponse(ErrorContext.builder(request).cause(outage).build(), response);
    }
}
