package nl.noaber.geo;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** A wijk as a GeoJSON Feature (WGS84), with its code as the feature id. */
@Serdeable
public record WijkFeature(String type, String id, JsonNode geometry, Properties properties) {

    @Serdeable
    public record Properties(String code, String name, int year, double areaKm2) {
    }

    /** The wijken of a gemeente as a GeoJSON FeatureCollection. */
    @Serdeable
    public record Collection(String type, String gemeente, int year, String attribution, List<WijkFeature> features) {
    }
}
