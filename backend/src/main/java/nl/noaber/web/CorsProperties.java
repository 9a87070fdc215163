package nl.noaber.web;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

import java.util.List;

/**
 * Browser origins other than the service's own that may call the API ({@code NOABER_CORS_ORIGINS},
 * comma-separated, e.g. {@code https://app.noaber.nl}). Empty (the default): same origin only.
 */
@ConfigurationProperties("noaber.cors")
record CorsProperties(@Nullable List<String> origins) {

    List<String> allowed() {
        return origins == null ? List.of() : origins.stream().map(String::strip).filter(o -> !o.isEmpty()).toList();
    }
}
