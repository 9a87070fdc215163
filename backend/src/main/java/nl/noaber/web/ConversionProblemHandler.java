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
import io.micronaut.serde.exceptions.SerdeException;
import io.micronaut.serde.exceptions.path.CollectionItemReferencePath;
import io.micronaut.serde.exceptions.path.MapItemReferencePath;
import io.micronaut.serde.exceptions.path.PropertyReferencePath;
import io.micronaut.serde.exceptions.path.ReferencePath;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A value of the wrong type (text where a number belongs, an unknown role): a 400 naming the
 * field. For a query or path parameter that is its name; inside a JSON body it is the path the
 * decoder was reading ({@code roles[1]}), taken from serde's reference path.
 */
@Singleton
@Replaces(ConversionErrorHandler.class)
class ConversionProblemHandler implements ExceptionHandler<ConversionErrorException, HttpResponse<?>> {

    private static final Pattern EXPECTED = Pattern.compile("(Expected one of \\[[^\\]]*\\] but was '[^']*')");
    /** Jackson's StreamReadConstraints messages, e.g. "Document nesting depth (33) exceeds the maximum allowed (32, from …)". */
    private static final Pattern LIMIT = Pattern.compile("(\\w[\\w ]*?) \\((\\d+)\\) exceeds the maximum allowed \\((\\d+)");

    private final ErrorResponseProcessor<?> processor;

    ConversionProblemHandler(ErrorResponseProcessor<?> processor) {
        this.processor = processor;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, ConversionErrorException exception) {
        String argument = exception.getArgument().getName();
        String field = "body".equals(argument) ? bodyPath(exception).orElse("body") : argument;
        Error error = new FieldError(field, reason(exception));
        return processor.processResponse(ErrorContext.builder(request).cause(exception).errors(List.of(error)).build(),
                HttpResponse.badRequest());
    }

    /** The longest serde path in the chain; serde lists it innermost first. */
    private static Optional<String> bodyPath(Throwable exception) {
        List<ReferencePath> longest = List.of();
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t instanceof SerdeException serde && serde.getPath() != null && serde.getPath().size() > longest.size()) {
                longest = serde.getPath();
            }
        }
        StringBuilder name = new StringBuilder();
        for (int i = longest.size() - 1; i >= 0; i--) {
            ReferencePath step = longest.get(i);
            if (step instanceof PropertyReferencePath property) {
                name.append(name.length() == 0 ? "" : ".").append(property.property().getName());
            } else if (step instanceof CollectionItemReferencePath item) {
                name.append('[').append(item.index()).append(']');
            } else if (step instanceof MapItemReferencePath) {
                name.append("[…]");
            }
        }
        return name.length() == 0 ? Optional.empty() : Optional.of(name.toString());
    }

    private static String reason(Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            Matcher m = EXPECTED.matcher(String.valueOf(t.getMessage()));
            if (m.find()) {
                return m.group(1);
            }
            Matcher limit = LIMIT.matcher(String.valueOf(t.getMessage()));
            if (limit.find()) {
                // JsonReadLimits: say which limit, without Jackson's class names
                return limit.group(1).toLowerCase(Locale.ROOT) + " " + limit.group(2) + " exceeds the maximum of " + limit.group(3);
            }
        }
        return "has the wrong type or format";
    }
}
