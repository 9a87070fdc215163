package nl.noaber.geo;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.locationtech.jts.io.WKBWriter;
import org.locationtech.jts.io.geojson.GeoJsonWriter;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** The transactional half of a wijk import: stores one gemeente-year in one transaction. */
@Singleton
class WijkStore {

    private final WijkRepository wijken;
    private final WijkImportRepository imports;
    private final RdProjection projection;
    private final Clock clock;

    WijkStore(WijkRepository wijken, WijkImportRepository imports, RdProjection projection, Clock clock) {
        this.wijken = wijken;
        this.imports = imports;
        this.projection = projection;
        this.clock = clock;
    }

    @Transactional
    WijkImportView replaceYear(WijkFileParser.Parsed parsed, String gemeente, int year, String source, Long importedBy) {
        imports.waitForOtherImportsOf(gemeente);
        return store(parsed, gemeente, year, source, importedBy);
    }

    /**
     * The bundled default: stored only if the gemeente has no wijken once the other imports of it
     * are done, so pods starting together on a new database leave one import, not one each.
     */
    @Transactional
    Optional<WijkImportView> storeIfNone(WijkFileParser.Parsed parsed, String gemeente, int year, String source) {
        imports.waitForOtherImportsOf(gemeente);
        if (wijken.hasAny(gemeente)) {
            return Optional.empty();
        }
        return Optional.of(store(parsed, gemeente, year, source, null));
    }

    private WijkImportView store(WijkFileParser.Parsed parsed, String gemeente, int year, String source, Long importedBy) {
        Instant now = clock.instant();
        WijkImport saved = imports.save(new WijkImport(null, gemeente, year, source, parsed.shapes().size(), importedBy, now));
        wijken.deleteYear(gemeente, year);
        WKBWriter wkb = new WKBWriter();
        GeoJsonWriter geoJson = new GeoJsonWriter(6);
        geoJson.setEncodeCRS(false);
        for (WijkShape shape : parsed.shapes()) {
            wijken.save(new WijkBoundary(null, gemeente, year, shape.code(), saved.id(), shape.name(),
                    shape.boundaryRd().getArea(), wkb.write(shape.boundaryRd()),
                    geoJson.write(projection.toWgs84(shape.boundaryRd()))));
        }
        return new WijkImportView(saved.id(), gemeente, year, parsed.shapes().size(), parsed.repaired(),
                now.atZone(clock.getZone()).toOffsetDateTime());
    }
}
