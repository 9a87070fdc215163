package nl.noaber.geo;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/**
 * Holds the current {@link WijkIndex}. An import on this instance swaps it at once; imports on
 * other instances are noticed within a minute by comparing the latest import id.
 */
@Singleton
class WijkIndexHolder {

    private static final Logger LOG = LoggerFactory.getLogger(WijkIndexHolder.class);

    private final WijkRepository wijken;
    private final WijkImportRepository imports;
    private volatile WijkIndex index;

    WijkIndexHolder(WijkRepository wijken, WijkImportRepository imports) {
        this.wijken = wijken;
        this.imports = imports;
    }

    WijkIndex current() {
        WijkIndex snapshot = index;
        if (snapshot == null) {
            synchronized (this) {
                if (index == null) {
                    index = load();
                }
                snapshot = index;
            }
        }
        return snapshot;
    }

    @Scheduled(fixedDelay = "60s", initialDelay = "60s")
    void refreshIfImportedElsewhere() {
        if (index != null && imports.latestImportId() != index.version()) {
            reload();
        }
    }

    synchronized void reload() {
        index = load();
    }

    WijkIndex load() {
        long version = imports.latestImportId();
        List<WijkShape> shapes = wijken.findAllCurrent().stream().map(WijkIndexHolder::shapeOf).toList();
        LOG.info("Wijk index built: {} wijken, import {}", shapes.size(), version);
        return WijkIndex.build(shapes, version);
    }

    static WijkShape shapeOf(WijkBoundary boundary) {
        try {
            Geometry rd = new WKBReader().read(boundary.boundaryRd());
            return new WijkShape(boundary.gemeente(), boundary.code(), boundary.name(), rd);
        } catch (ParseException e) {
            throw new IllegalStateException("Stored boundary of " + boundary.code() + " is not WKB", e);
        }
    }
}
