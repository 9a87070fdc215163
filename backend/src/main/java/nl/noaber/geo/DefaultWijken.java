package nl.noaber.geo;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import nl.noaber.identity.GemeenteService;
import nl.noaber.identity.GemeenteView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * On start, gives every served gemeente without wijken the boundaries bundled in
 * {@code geo/wijken/<gemeente>-<year>.geojson} (CBS 2023, generalised, RD New). Gemeenten that
 * already have wijken keep them, so an admin's newer import is never overwritten.
 */
@Singleton
public class DefaultWijken {

    private static final Logger LOG = LoggerFactory.getLogger(DefaultWijken.class);
    static final int DEFAULT_YEAR = 2023;
    private static final String SOURCE = "CBS Wijk- en Buurtkaart 2023 (generalised), bundled default";

    private final GemeenteService gemeenten;
    private final WijkRepository wijken;
    private final WijkImports imports;

    DefaultWijken(GemeenteService gemeenten, WijkRepository wijken, WijkImports imports) {
        this.gemeenten = gemeenten;
        this.wijken = wijken;
        this.imports = imports;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        importMissing();
    }

    /** Imports the bundled boundaries of every gemeente that has none; idempotent. */
    public void importMissing() {
        for (GemeenteView gemeente : gemeenten.all()) {
            if (wijken.hasAny(gemeente.code())) {
                continue;
            }
            String resource = "geo/wijken/" + gemeente.code() + "-" + DEFAULT_YEAR + ".geojson";
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    LOG.warn("No bundled wijken for {} ({}); import them with POST /wijken/imports", gemeente.code(), resource);
                    continue;
                }
                imports.importIfNone(in.readAllBytes(), gemeente.code(), DEFAULT_YEAR, SOURCE);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + resource, e);
            }
        }
    }
}
