package nl.noaber.geo;

import io.micronaut.http.HttpStatus;
import nl.noaber.NoaberProblem;

import java.time.Duration;
import java.util.Optional;

/** Address lookup is down or not configured; the client can send GPS coordinates instead. */
public final class GeocoderUnavailable extends NoaberProblem {

    GeocoderUnavailable(String why) {
        super("geocoder-unavailable", HttpStatus.SERVICE_UNAVAILABLE, "Address lookup unavailable",
                why + "; send the location as coordinates (\"use my location\") or try again later");
    }

    @Override
    public Optional<Duration> retryAfter() {
        return Optional.of(Duration.ofSeconds(30));
    }
}
