package nl.noaber.web;

import io.micronaut.aop.InterceptorBean;
import io.micronaut.aop.MethodInterceptor;
import io.micronaut.aop.MethodInvocationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.context.ServerRequestContext;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.transaction.TransactionOperations;
import nl.noaber.Idempotent;
import nl.noaber.InvalidInput;
import nl.noaber.NoaberProblem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@link Idempotent} writes: the key is claimed, the write runs and its answer is stored, all in
 * one transaction, so a retry either finds the stored answer or — if the first attempt rolled
 * back or never arrived — runs the write as if it were the first. A retry that arrives while the
 * first is still running waits on the claim's row lock, then gets the first answer.
 */
@InterceptorBean(Idempotent.class)
class IdempotencyInterceptor implements MethodInterceptor<Object, Object> {

    static final String HEADER = "Idempotency-Key";
    private static final Pattern SAFE_KEY = Pattern.compile("[A-Za-z0-9._:-]{8,100}");

    private final IdempotentRequests stored;
    private final TransactionOperations<Connection> transactions;
    private final ObjectMapper json;
    private final Clock clock;

    IdempotencyInterceptor(IdempotentRequests stored, TransactionOperations<Connection> transactions, ObjectMapper json,
                           Clock clock) {
        this.stored = stored;
        this.transactions = transactions;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public Object intercept(MethodInvocationContext<Object, Object> context) {
        Optional<HttpRequest<Object>> current = ServerRequestContext.currentRequest();
        Optional<String> key = current.flatMap(r -> r.getHeaders().findFirst(HEADER));
        Optional<Long> account = current.flatMap(r -> r.getUserPrincipal()).map(p -> Long.parseLong(p.getName()));
        if (key.isEmpty() || account.isEmpty()) {
            return context.proceed();
        }
        if (!SAFE_KEY.matcher(key.get()).matches()) {
            throw new InvalidInput(HEADER, "must be 8 to 100 characters: letters, digits, '.', '_', ':' or '-' (a UUID will do)");
        }
        HttpRequest<Object> request = current.get();
        String hash = hashOf(request.getMethodName() + " " + request.getPath() + "\n" + bodyOf(context));
        return transactions.executeWrite(status -> {
            if (!stored.claim(account.get(), key.get(), hash, clock.instant())) {
                IdempotentRequests.Answer first = stored.find(account.get(), key.get());
                if (!first.requestHash().equals(hash)) {
                    throw new KeyReused();
                }
                return replay(first, context.getReturnType().asArgument());
            }
            Object result = context.proceed();
            stored.complete(account.get(), key.get(), answerOf(result));
            return result;
        });
    }

    private String bodyOf(MethodInvocationContext<Object, Object> context) {
        StringBuilder body = new StringBuilder();
        var arguments = context.getArguments();
        Object[] values = context.getParameterValues();
        for (int i = 0; i < arguments.length; i++) {
            if (arguments[i].getAnnotationMetadata().hasAnnotation(Body.class)) {
                body.append(write(values[i]));
            }
        }
        return body.toString();
    }

    private IdempotentRequests.Answer answerOf(Object result) {
        if (result instanceof HttpResponse<?> response) {
            return new IdempotentRequests.Answer(null, response.code(),
                    response.getHeaders().get(HttpHeaders.LOCATION), response.getBody().map(this::write).orElse(null));
        }
        return new IdempotentRequests.Answer(null, 0, null, result == null ? null : write(result));
    }

    private Object replay(IdempotentRequests.Answer first, Argument<?> returned) {
        if (HttpResponse.class.isAssignableFrom(returned.getType())) {
            Argument<?> bodyType = returned.getFirstTypeVariable().orElse(Argument.OBJECT_ARGUMENT);
            MutableHttpResponse<Object> response = HttpResponse.status(HttpStatus.valueOf(first.status()));
            if (first.body() != null) {
                response.body(read(first.body(), bodyType));
            }
            if (first.location() != null) {
                response.header(HttpHeaders.LOCATION, first.location());
            }
            return response;
        }
        return first.body() == null ? null : read(first.body(), returned);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Object read(String value, Argument<?> type) {
        try {
            return json.readValue(value, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String hashOf(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }

    static final class KeyReused extends NoaberProblem {
        KeyReused() {
            super("idempotency-key-reused", HttpStatus.UNPROCESSABLE_ENTITY, "Idempotency-Key already used",
                    "This Idempotency-Key was used for a different request; use a new key for a new request",
                    List.of(new FieldError(HEADER, "was used before for a different request")));
        }
    }
}
