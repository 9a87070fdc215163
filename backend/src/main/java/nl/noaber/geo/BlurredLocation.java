package nl.noaber.geo;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * What a volunteer sees of a task's place before accepting: the centre of the 250 m grid cell it
 * lies in, the wijk, and the distance from the volunteer rounded to 100 m.
 */
@Serdeable
public record BlurredLocation(GeoJsonPoint approximateLocation, int precisionMeters,
                              @Nullable WijkRef wijk, long distanceMeters) {
}
