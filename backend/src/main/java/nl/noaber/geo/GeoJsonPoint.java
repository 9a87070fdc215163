package nl.noaber.geo;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * A GeoJSON Point (RFC 7946): {@code {"type":"Point","coordinates":[lon, lat]}}, longitude first.
 * Checked by {@link Locations#parse}, which names the offending field.
 */
@Serdeable
public record GeoJsonPoint(@Nullable String type, @Nullable List<Double> coordinates) {

    public static GeoJsonPoint of(LatLon position) {
        return new GeoJsonPoint("Point", List.of(position.lon(), position.lat()));
    }
}
