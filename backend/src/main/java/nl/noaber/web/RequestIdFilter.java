package nl.noaber.web;

import io.micronaut.core.order.Ordered;
import io.micronaut.core.propagation.MutablePropagatedContext;
import io.micronaut.core.propagation.ThreadPropagatedContextElement;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Gives every request an id (the caller's {@code X-Request-Id} if it looks safe, else a new
 * UUID), puts it in the logging MDC on whichever thread handles the request, returns it in the
 * response and writes one access-log line. Paths only: query strings may carry personal data.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class RequestIdFilter implements Ordered {

    static final String HEADER = "X-Request-Id";
    private static final String ATTRIBUTE = "noaber.request-id";
    private static final String STARTED = "noaber.request-started";
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final Logger ACCESS = LoggerFactory.getLogger("nl.noaber.access");

    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE;
    }

    @RequestFilter
    void assign(HttpRequest<?> request, MutablePropagatedContext context) {
        String offered = request.getHeaders().get(HEADER);
        String id = offered != null && SAFE_ID.matcher(offered).matches() ? offered : UUID.randomUUID().toString();
        request.setAttribute(ATTRIBUTE, id);
        request.setAttribute(STARTED, System.nanoTime());
        context.add(new MdcRequestId(id));
    }

    @ResponseFilter
    void echo(HttpRequest<?> request, MutableHttpResponse<?> response) {
        request.getAttribute(ATTRIBUTE, String.class).ifPresent(id -> {
            response.header(HEADER, id);
            long micros = request.getAttribute(STARTED, Long.class)
                    .map(start -> (System.nanoTime() - start) / 1_000).orElse(-1L);
            MDC.put(MdcRequestId.KEY, id);
            try {
                ACCESS.info("{} {} {} {}µs", request.getMethodName(), request.getPath(), response.code(), micros);
            } finally {
                MDC.remove(MdcRequestId.KEY);
            }
        });
    }

    /** Carries the request id into the MDC of each thread that works on the request. */
    private record MdcRequestId(String id) implements ThreadPropagatedContextElement<String> {

        static final String KEY = "requestId";

        @Override
        public String updateThreadContext() {
            String previous = MDC.get(KEY);
            MDC.put(KEY, id);
            return previous;
        }

        @Override
        public void restoreThreadContext(String previous) {
            if (previous == null) {
                MDC.remove(KEY);
            } else {
                MDC.put(KEY, previous);
            }
        }
    }
}
