package nl.noaber.geo;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Several instances starting at once on an empty database all import the bundled wijken (issue
 * #10: a rollout of three pods against a new database). Imports of one gemeente must queue, not
 * fail on each other's rows and take a pod down.
 */
@MicronautTest(transactional = false)
class WijkImportRaceTest {

    private static final int AT_ONCE = 4;

    @Inject
    WijkImports imports;

    @Inject
    WijkRepository wijken;

    @Inject
    WijkImportRepository importRows;

    @Test
    void importsOfTheSameGemeenteAtTheSameTimeAllSucceedAndLeaveOneSetOfWijken() throws Exception {
        byte[] file = bundledEnschede();
        ExecutorService pool = Executors.newFixedThreadPool(AT_ONCE);
        try {
            for (int round = 0; round < 3; round++) {
                List<Future<WijkImportView>> started = new ArrayList<>();
                for (int i = 0; i < AT_ONCE; i++) {
                    started.add(pool.submit(() -> imports.importFile(file, "GM0153", DefaultWijken.DEFAULT_YEAR, "race test", null)));
                }
                for (Future<WijkImportView> f : started) {
                    assertEquals(10, f.get().wijkCount(), "every import finishes, none fails on another's rows");
                }
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(10, wijken.findCurrentOf("GM0153").size(), "one set of the latest boundaries");
    }

    @Test
    void podsStartingTogetherOnAGemeenteWithoutWijkenImportTheBundledOnesOnce() throws Exception {
        byte[] file = bundledEnschede();
        wijken.deleteYear("GM0153", DefaultWijken.DEFAULT_YEAR);
        long importsBefore = importRows.count();
        ExecutorService pool = Executors.newFixedThreadPool(AT_ONCE);
        int imported = 0;
        try {
            List<Future<Optional<WijkImportView>>> started = new ArrayList<>();
            for (int i = 0; i < AT_ONCE; i++) {
                started.add(pool.submit(() -> imports.importIfNone(file, "GM0153", DefaultWijken.DEFAULT_YEAR, "race test")));
            }
            for (Future<Optional<WijkImportView>> f : started) {
                imported += f.get().isPresent() ? 1 : 0;
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(1, imported, "one pod imports, the others find the wijken there");
        assertEquals(importsBefore + 1, importRows.count(), "one import row");
        assertEquals(10, wijken.findCurrentOf("GM0153").size());
    }

    private byte[] bundledEnschede() throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("geo/wijken/GM0153-2023.geojson")) {
            return in.readAllBytes();
        }
    }
}
