package nl.noaber.web;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.server.HttpServerConfiguration;
import io.micronaut.http.server.cors.CorsOriginConfiguration;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * CORS for exactly the configured origins (issue #9), and off without them: the dashboard is
 * served by the service itself, so it needs none, and a browser on any other site gets no CORS
 * headers and so cannot read an answer. With origins configured they may send the API's methods
 * and the three headers the API reads, and read {@code Retry-After} and {@code Location}. No
 * cookies are involved (the token travels in {@code Authorization}), so credentials stay off.
 */
@Singleton
class CorsOrigins implements BeanCreatedEventListener<HttpServerConfiguration.CorsConfiguration> {

    private static final Logger LOG = LoggerFactory.getLogger(CorsOrigins.class);

    private final CorsProperties properties;

    CorsOrigins(CorsProperties properties) {
        this.properties = properties;
    }

    @Override
    public HttpServerConfiguration.CorsConfiguration onCreated(BeanCreatedEvent<HttpServerConfiguration.CorsConfiguration> event) {
        HttpServerConfiguration.CorsConfiguration cors = event.getBean();
        List<String> origins = properties.allowed();
        if (origins.isEmpty()) {
            cors.setEnabled(false);
            return cors;
        }
        CorsOriginConfiguration api = new CorsOriginConfiguration();
        api.setAllowedOrigins(origins);
        api.setAllowedMethods(List.of(HttpMethod.GET, HttpMethod.POST, HttpMethod.PUT, HttpMethod.DELETE));
        api.setAllowedHeaders(List.of(HttpHeaders.AUTHORIZATION, HttpHeaders.CONTENT_TYPE, "Idempotency-Key"));
        api.setExposedHeaders(List.of(HttpHeaders.RETRY_AFTER, HttpHeaders.LOCATION));
        api.setAllowCredentials(false);
        api.setMaxAge(Duration.ofHours(1).toSeconds());
        cors.setConfigurations(Map.of("noaber", api));
        cors.setSingleHeader(true);   // one comma-separated Access-Control-* header each, as most clients expect
        cors.setEnabled(true);
        LOG.info("CORS allowed for {} origin(s): {}", origins.size(), origins);
        return cors;
    }
}
