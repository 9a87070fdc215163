package nl.noaber.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.JsonExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.json.JsonSyntaxException;
import jakarta.inject.Singleton;

/** A body that is not JSON at all: a plain 400 instead of the parser's internals. */
@Singleton
@Replaces(JsonExceptionHandler.class)
class MalformedJsonHandler implements ExceptionHandler<JsonSyntaxException, HttpResponse<?>> {

    private final ErrorResponseProcessor<?> processor;

    MalformedJsonHandler(ErrorResponseProcessor<?> processor) {
        this.processor = processor;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, JsonSyntaxException exception) {
        return processor.processResponse(ErrorContext.builder(request)
                .cause(exception)
                .errorMessage("The request body is not valid JSON")
                .build(), HttpResponse.badRequest());
    }
}
