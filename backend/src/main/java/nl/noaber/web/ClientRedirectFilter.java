package nl.noaber.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

import java.net.URI;

/**
 * {@code GET /} (and {@code /app} without its slash) leads a browser to the phone client, which
 * the static mapping serves from {@code public/app} (issue #8). A filter, not a controller: it
 * adds no API operation, so the contract and the authorisation matrix stay about the API, and it
 * runs before the security filter since there is nothing to protect.
 */
@ServerFilter({"/", "/app"})
class ClientRedirectFilter implements Ordered {

    static final URI CLIENT = URI.create("/app/");

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.before();
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> toClient(HttpRequest<?> request) {
        HttpMethod method = request.getMethod();
        if (method != HttpMethod.GET && method != HttpMethod.HEAD) {
            return null;
        }
        return HttpResponse.seeOther(CLIENT);
    }
}
