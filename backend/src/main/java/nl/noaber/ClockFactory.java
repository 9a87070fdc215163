package nl.noaber;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.ZoneId;

/** The service's clock: Europe/Amsterdam, injected so that tests can fix time. */
@Factory
class ClockFactory {

    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    @Singleton
    Clock clock() {
        return Clock.system(AMSTERDAM);
    }
}
