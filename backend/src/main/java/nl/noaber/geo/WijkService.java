package nl.noaber.geo;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/** The current wijk boundaries of a gemeente, as the API shows them. */
@Singleton
public class WijkService {

    static final String ATTRIBUTION = "CBS / Kadaster, Wijk- en Buurtkaart, CC-BY 4.0";

    private final WijkRepository wijken;
    private final WijkIndexHolder index;
    private final JsonMapper json;

    WijkService(WijkRepository wijken, WijkIndexHolder index, JsonMapper json) {
        this.wijken = wijken;
        this.index = index;
        this.json = json;
    }

    /** The versioned wijken of a gemeente; the version changes with every import of its current year. */
    public record Current(WijkFeature.Collection collection, String version) {
    }

    @ReadOnly
    public Current currentOf(String gemeente) {
        List<WijkBoundary> rows = wijken.findCurrentOf(gemeente);
        int year = rows.isEmpty() ? 0 : rows.get(0).year();
        long importId = rows.stream().mapToLong(WijkBoundary::importId).max().orElse(0);
        List<WijkFeature> features = rows.stream().map(this::feature).toList();
        return new Current(new WijkFeature.Collection("FeatureCollection", gemeente, year, ATTRIBUTION, features),
                gemeente + "-" + year + "-" + importId);
    }

    /** @throws WijkNotFound if the code is not a current wijk of the gemeente */
    @ReadOnly
    public WijkFeature find(String gemeente, String code) {
        return wijken.findCurrentOf(gemeente).stream()
                .filter(w -> w.code().equals(code))
                .findFirst()
                .map(this::feature)
                .orElseThrow(() -> new WijkNotFound(code));
    }

    /** The current wijk with this code in the gemeente, if there is one (from the in-memory index). */
    public Optional<WijkRef> refOf(String gemeente, String code) {
        return index.current().byCode(gemeente, code);
    }

    /** The current wijken of a gemeente by code, from the in-memory index. */
    public List<WijkRef> refsOf(String gemeente) {
        return index.current().shapesOf(gemeente).stream().map(s -> new WijkRef(s.code(), s.name())).toList();
    }

    /** A point inside the wijk (JTS interior point: inside even for a crescent-shaped wijk), for labels and demo homes. */
    public Optional<RdPoint> interiorPointOf(String gemeente, String code) {
        return index.current().shapesOf(gemeente).stream().filter(s -> s.code().equals(code)).findFirst()
                .map(s -> s.boundaryRd().getInteriorPoint())
                .map(p -> new RdPoint(p.getX(), p.getY()));
    }

    /** The wijk a point lies in, from the in-memory index (no database round trip). */
    public Optional<WijkRef> wijkOf(String gemeente, RdPoint point) {
        return index.current().wijkOf(gemeente, point);
    }

    private WijkFeature feature(WijkBoundary row) {
        try {
            JsonNode geometry = json.readValue(row.geojsonWgs84(), Argument.of(JsonNode.class));
            double areaKm2 = Math.round(row.areaM2() / 10_000.0) / 100.0;
            return new WijkFeature("Feature", row.code(), geometry,
                    new WijkFeature.Properties(row.code(), row.name(), row.year(), areaKm2));
        } catch (IOException e) {
            throw new UncheckedIOException("Stored GeoJSON of " + row.code() + " is unreadable", e);
        }
    }
}
