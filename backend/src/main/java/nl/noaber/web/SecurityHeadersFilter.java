package nl.noaber.web;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Browser hardening on every answer (issue #9): no MIME sniffing, no framing (clickjacking), no
 * referrer leaking paths with ids, a Content Security Policy that allows the dashboard's own files
 * and nothing else (no inline script, no third-party origin), and HSTS when the request came over
 * TLS — directly or through a proxy that says so — since HSTS over plain HTTP is ignored anyway.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class SecurityHeadersFilter implements Ordered {

    static final String CSP = "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; "
            + "form-action 'self'; frame-ancestors 'none'";
    static final String HSTS = "max-age=31536000; includeSubDomains";

    /** Ahead of the security filter, so its 401 and 403 answers are hardened too. */
    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE + 1;
    }

    @ResponseFilter
    void harden(HttpRequest<?> request, MutableHttpResponse<?> response) {
        response.header("X-Content-Type-Options", "nosniff");
        response.header("X-Frame-Options", "DENY");
        response.header("Referrer-Policy", "no-referrer");
        response.header("Content-Security-Policy", CSP);
        // "Use my location" in the client is the only device feature Noaber asks for.
        response.header("Permissions-Policy", "geolocation=(self), camera=(), microphone=(), payment=()");
        if (request.isSecure() || "https".equalsIgnoreCase(request.getHeaders().get("X-Forwarded-Proto"))) {
            response.header("Strict-Transport-Security", HSTS);
        }
    }
}
