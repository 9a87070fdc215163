package nl.noaber.geo;

import io.micronaut.context.annotation.ConfigurationProperties;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.time.Duration;

/**
 * @param enabled        use PDOK Locatieserver for address lookup ({@code NOABER_GEO_PDOK_ENABLED})
 * @param baseUrl        the Locatieserver search API, up to and without {@code /free}
 * @param connectTimeout how long to wait for a connection
 * @param requestTimeout how long to wait for the whole answer; a phone user is waiting
 */
@ConfigurationProperties("noaber.geo.pdok")
record PdokProperties(boolean enabled, @NotBlank String baseUrl,
                      @NotNull Duration connectTimeout, @NotNull Duration requestTimeout) {
}
