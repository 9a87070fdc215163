package nl.noaber.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.validation.exceptions.ConstraintExceptionHandler;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

import java.util.Comparator;
import java.util.List;

/**
 * Bean Validation failures as a 400 with one {@code errors[]} entry per field. Fields are named
 * as the client sent them ({@code email}, {@code roles[0]}, {@code limit}), not as Java sees them
 * ({@code register.body.email}).
 */
@Singleton
@Replaces(ConstraintExceptionHandler.class)
class ConstraintProblemHandler implements ExceptionHandler<ConstraintViolationException, HttpResponse<?>> {

    private final ErrorResponseProcessor<?> processor;

    ConstraintProblemHandler(ErrorResponseProcessor<?> processor) {
        this.processor = processor;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, ConstraintViolationException exception) {
        List<Error> errors = exception.getConstraintViolations().stream()
                .map(ConstraintProblemHandler::toError)
                .sorted(Comparator.comparing(e -> e.getPath().orElse("")))
                .toList();
        return processor.processResponse(ErrorContext.builder(request).cause(exception).errors(errors).build(),
                HttpResponse.badRequest());
    }

    private static Error toError(ConstraintViolation<?> violation) {
        return new FieldError(fieldName(violation.getPropertyPath()), violation.getMessage());
    }

    static String fieldName(Path path) {
        StringBuilder name = new StringBuilder();
        boolean bodyParameter = false;
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER && "body".equals(node.getName())) {
                bodyParameter = true;
                continue;
            }
            if (node.getIndex() != null && name.length() > 0) {
                name.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null && !node.getName().startsWith("<")) {
                if (name.length() > 0) {
                    name.append('.');
                }
                name.append(node.getName());
            }
        }
        return name.length() == 0 ? (bodyParameter ? "body" : "request") : name.toString();
    }
}
