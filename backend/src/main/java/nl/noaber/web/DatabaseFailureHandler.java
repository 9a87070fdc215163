package nl.noaber.web;

import io.micronaut.data.connection.exceptions.ConnectionException;
import io.micronaut.data.connection.jdbc.exceptions.CannotGetJdbcConnectionException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.transaction.exceptions.TransactionException;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;

/**
 * The exceptions besides {@code DataAccessException} (see {@link DataAccessProblemHandler}) in
 * which Micronaut Data reports a database it cannot reach: a 503 when {@link DatabaseUnavailable}
 * recognises an outage in the chain, otherwise the 500 Micronaut would have answered.
 */
abstract class DatabaseFailureHandler<E extends Throwable> implements ExceptionHandler<E, HttpResponse<?>> {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseFailureHandler.class);

    private final DatabaseOutageResponses outages;
    private final ErrorResponseProcessor<?> processor;

    DatabaseFailureHandler(DatabaseOutageResponses outages, ErrorResponseProcessor<?> processor) {
        this.outages = outages;
        this.processor = processor;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, E exception) {
        Optional<DatabaseUnavailable> outage = DatabaseUnavailable.causing(exception);
        if (outage.isPresent()) {
            return outages.respond(request, outage.get());
        }
        LOG.error("{} {} failed", request.getMethodName(), request.getPath(), exception);
        return processor.processResponse(ErrorContext.builder(request).cause(exception).build(), HttpResponse.serverError());
    }

    /** No connection from the pool: Hikari timed out, or could not open one. */
    @Singleton
    static final class NoConnection extends DatabaseFailureHandler<CannotGetJdbcConnectionException> {
        NoConnection(DatabaseOutageResponses outages, ErrorResponseProcessor<?> processor) {
            super(outages, processor);
        }
    }

    /** A connection that died under the request, found when it was set up or handed back. */
    @Singleton
    static final class BrokenConnection extends DatabaseFailureHandler<ConnectionException> {
        BrokenConnection(DatabaseOutageResponses outages, ErrorResponseProcessor<?> processor) {
            super(outages, processor);
        }
    }

    /** A transaction that could not begin or commit. */
    @Singleton
    static final class FailedTransaction extends DatabaseFailureHandler<TransactionException> {
        FailedTransaction(DatabaseOutageResponses outages, ErrorResponseProcessor<?> processor) {
            super(outages, processor);
        }
    }
}
