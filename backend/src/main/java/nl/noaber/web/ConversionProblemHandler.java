package nl.noaber.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.ConversionErrorHandler;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A value of the wrong type (text where a number belongs, an unknown role): a 400 naming the
 * field. For a query parameter that is its name; inside a JSON body it is the property the
 * decoder was reading, taken from its message because serde exposes no structured path.
 */
@Singleton
@Replaces(ConversionErrorHandler.class)
class ConversionProblemHandler implements ExceptionHandler<ConversionErrorException, HttpResponse<?>> {

    private static final Pattern PROPERTY = Pattern.compile("property \\[(?:[^\\]]* )?(\\w+)\\]");
    private static final Pattern EXPECTED = Pattern.compile("(Expected one of \\[[^\\]]*\\] but was '[^']*')");

    private final ErrorResponseProcessor<?> processor;

    ConversionProblemHandler(ErrorResponseProcessor<?> processor) {
        this.processor = processor;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, ConversionErrorException exception) {
        String argument = exception.getArgument().getName();
        String field = "body".equals(argument) ? propertyName(exception).orElse("body") : argument;
        String message = field + ": " + reason(exception);
        Error error = new Error() {
            @Override
            public Optional<String> getPath() {
                return Optional.of(field);
            }

            @Override
            public String getMessage() {
                return message;
            }
        };
        return processor.processResponse(ErrorContext.builder(request).cause(exception).errors(List.of(error)).build(),
                HttpResponse.badRequest());
    }

    private static Optional<String> propertyName(Throwable exception) {
        String last = null;
        for (Throwable t = exception; t != null; t = t.getCause()) {
            Matcher m = PROPERTY.matcher(String.valueOf(t.getMessage()));
            while (m.find()) {
                last = m.group(1);   // the innermost property is the one that failed
            }
        }
        return Optional.ofNullable(last);
    }

    private static String reason(Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            Matcher m = EXPECTED.matcher(String.valueOf(t.getMessage()));
            if (m.find()) {
                return m.group(1);
            }
        }
        return "has the wrong type or format";
    }
}
