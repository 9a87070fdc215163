package nl.noaber.database;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import nl.noaber.support.Api;
import nl.noaber.support.Demo;
import nl.noaber.support.TimeTravel;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue #9: a real full disk. The help requests' table is moved to a tablespace on a 1 MiB tmpfs,
 * almost filled with a ballast file, and residents keep posting until PostgreSQL cannot extend the
 * table ("No space left on device", SQLState 53100). Those posts must get 503 + Retry-After, not
 * 500; everything acknowledged before stays; once space is freed the next post succeeds, without a
 * restart. The WAL stays on the large disk, as it should in production (a full WAL disk stops
 * PostgreSQL itself: that is the restart case of {@link DatabaseRestartUnderLoadTest}).
 *
 * <p>Needs root and permission to mount a tmpfs (the build machines have both); elsewhere it is
 * skipped, and {@code DatabaseUnavailableTest} still covers the mapping of 53100.
 */
class DiskFullApiTest {

    private static final long FREE_BYTES = 96 * 1024;
    private static final int MAX_POSTS = 2_000;

    @TempDir
    Path temp;

    @Test
    void postsThatFindTheDiskFullGet503AndPostingResumesWhenSpaceIsFreed() throws Exception {
        Path tiny = Files.createDirectories(temp.resolve("tiny"));
        Assumptions.assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=1m,mode=0700", "tmpfs", tiny.toString()) == 0,
                "cannot mount a tmpfs here (needs root); the 53100 mapping is covered by DatabaseUnavailableTest");
        try {
            Path ballast = tiny.resolve("ballast");
            try (EmbeddedServer service = ApplicationContext.run(EmbeddedServer.class, Map.of(), "test")) {
                TimeTravel sql = new TimeTravel(service.getApplicationContext().getBean(DataSource.class));
                Path space = Files.createDirectories(tiny.resolve("pg"));
                sql.execute("CREATE TABLESPACE tiny LOCATION '" + space + "'");
                sql.execute("ALTER TABLE help_request SET TABLESPACE tiny");
                fill(ballast, Files.getFileStore(tiny).getUsableSpace() - FREE_BYTES);

                Api api = new Api(service.getURI());
                String resident = api.login(Demo.email("bewoner1", "deventer"), Demo.PASSWORD);
                List<Long> acknowledged = new ArrayList<>();
                Api.Response refused = null;
                long refusedMillis = -1;
                for (int i = 0; i < MAX_POSTS && refused == null; i++) {
                    long t0 = System.nanoTime();
                    Api.Response r = api.post("/help-requests", resident, request(i));
                    if (r.status() == 201) {
                        acknowledged.add(r.json().get("id").asLong());
                    } else {
                        refused = r;
                        refusedMillis = Duration.ofNanos(System.nanoTime() - t0).toMillis();
                    }
                }
                assertTrue(refused != null, "the disk never filled up after " + acknowledged.size() + " posts");
                assertEquals(503, refused.status(), refused.raw());
                assertEquals("/problems/database-unavailable", refused.json().get("type").asText());
                assertEquals("5", refused.header("Retry-After"));
                Api.Response stillFull = api.post("/help-requests", resident, request(-1));
                assertEquals(503, stillFull.status(), "still full: " + stillFull.raw());

                Files.delete(ballast);
                Api.Response afterFreeing = api.post("/help-requests", resident, request(-2));

                assertEquals(201, afterFreeing.status(), afterFreeing.raw());
                for (long id : acknowledged) {
                    assertEquals(id, ((Number) sql.value("SELECT id FROM help_request WHERE id = ?", id)).longValue());
                }
                System.out.printf("RELIABILITY disk-full: %d posts acknowledged before the tablespace was full, then 503 in %d ms "
                        + "(twice), the first post after freeing space 201; %d of %d acknowledged rows present, lost 0%n",
                        acknowledged.size(), refusedMillis, acknowledged.size(), acknowledged.size());
                // The cluster is thrown away with the context; leave no link to the tmpfs in it.
                sql.execute("ALTER TABLE help_request SET TABLESPACE pg_default");
                sql.execute("DROP TABLESPACE tiny");
            }
        } finally {
            if (run("umount", tiny.toString()) != 0) {
                run("umount", "-l", tiny.toString());
            }
        }
    }

    private static Map<String, Object> request(int n) {
        return Map.of("kind", "GOEDE_BUREN", "task", "SHOPPING",
                "location", Map.of("type", "Point", "coordinates", List.of(6.168, 52.268)),
                "description", ("Boodschappen " + n + " ").repeat(25), "urgency", "NORMAL");
    }

    /** A file of real blocks (tmpfs does not reserve space for a sparse file). */
    private static void fill(Path file, long bytes) throws IOException {
        byte[] block = new byte[64 * 1024];
        try (RandomAccessFile out = new RandomAccessFile(file.toFile(), "rw")) {
            for (long written = 0; written < bytes; written += block.length) {
                out.write(block, 0, (int) Math.min(block.length, bytes - written));
            }
        }
    }

    private static int run(String... command) throws IOException, InterruptedException {
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start().waitFor();
    }
}
