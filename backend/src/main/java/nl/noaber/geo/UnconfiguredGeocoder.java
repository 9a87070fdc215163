package nl.noaber.geo;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.util.StringUtils;
import jakarta.inject.Singleton;

import java.util.Optional;

/** Used when no geocoder is configured (the embedded default has no internet to rely on). */
@Singleton
@Requires(property = "noaber.geo.pdok.enabled", notEquals = StringUtils.TRUE, defaultValue = StringUtils.FALSE)
class UnconfiguredGeocoder implements Geocoder {

    @Override
    public Optional<GeocodedAddress> lookup(DutchAddress address) {
        throw new GeocoderUnavailable("Address lookup is not configured on this server");
    }
}
