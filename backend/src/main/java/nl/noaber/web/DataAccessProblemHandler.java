package nl.noaber.web;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.SQLException;
import java.util.Optional;

/**
 * The safety net for what the database refuses after validation let it through: a unique
 * violation (a double-tapped request racing itself) is a 409, a data exception (such as a NUL
 * character, which PostgreSQL text cannot hold) a 400, a database that is down, restarting or out
 * of resources a 503 ({@link DatabaseUnavailable}). Everything else stays a 500.
 */
@Singleton
class DataAccessProblemHandler implements ExceptionHandler<DataAccessException, HttpResponse<?>> {

    private static final Logger LOG = LoggerFactory.getLogger(DataAccessProblemHandler.class);
    private static final String UNIQUE_VIOLATION = "23505";
    private static final String DATA_EXCEPTION_CLASS = "22";

    private final ErrorResponseProcessor<?> processor;
    private final DatabaseOutageResponses outages;

    DataAccessProblemHandler(ErrorResponseProcessor<?> processor, DatabaseOutageResponses outages) {
        this.processor = processor;
        this.outages = outages;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, DataAccessException exception) {
        String state = sqlState(exception).orElse("");
        HttpStatus status;
        String message;
        if (UNIQUE_VIOLATION.equals(state)) {
            status = HttpStatus.CONFLICT;
            message = "This was just done by another request; reload to see it";
        } else if (state.startsWith(DATA_EXCEPTION_CLASS)) {
            status = HttpStatus.BAD_REQUEST;
            message = "A value in the request cannot be stored (for example a control character in a text)";
        } else {
            Optional<DatabaseUnavailable> outage = DatabaseUnavailable.causing(exception);
            if (outage.isPresent()) {
                return outages.respond(request, outage.get());
            }
            LOG.error("{} {} failed in the database", request.getMethodName(), request.getPath(), exception);
            return processor.processResponse(ErrorContext.builder(request).cause(exception).build(),
                    HttpResponse.serverError());
        }
        LOG.warn("{} {} -> {} (SQLState {})", request.getMethodName(), request.getPath(), status.getCode(), state);
        return processor.processResponse(ErrorContext.builder(request).errorMessage(message).build(), HttpResponse.status(status));
    }

    private static Optional<String> sqlState(Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return Optional.of(sql.getSQLState());
            }
        }
        return Optional.empty();
    }
}
