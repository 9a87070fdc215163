package nl.noaber.activity;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class PersonKeysTest {

    private final PersonKeys keys = new PersonKeys("a-pseudonym-key-of-at-least-32-characters");

    @Test
    void aPersonWithoutAnAccountIsKnownByTheFoldedNameAndTheTenMetreSquare() {
        assertEquals("ans de vries@20823,47834", PersonKeys.naturalKey("  Ans   DE\tVries ", 208_231.4, 478_338.0));
        assertEquals(PersonKeys.naturalKey("Ans de Vries", 208_234.9, 478_344.9), PersonKeys.naturalKey("ans de vries", 208_230.0, 478_335.0));
        assertEquals(PersonKeys.naturalKey("ﬁenie", 1, 1), PersonKeys.naturalKey("fienie", 1, 1), "NFKC folds the ligature");
        assertNotEquals(PersonKeys.naturalKey("Ans de Vries", 208_231, 478_338), PersonKeys.naturalKey("Ans de Vries", 208_251, 478_338));
    }

    @Test
    void keysAreStablePerSecretAndTellPeopleApart() {
        assertEquals(keys.account(42L), new PersonKeys("a-pseudonym-key-of-at-least-32-characters").account(42L));
        assertNotEquals(keys.account(42L), keys.account(43L));
        assertNotEquals(keys.account(42L), new PersonKeys("another-pseudonym-key-of-32-characters").account(42L));
        assertNotEquals(keys.account(42L), keys.person("42"));
        assertNull(keys.account(null));
        assertEquals(64, keys.account(42L).length(), "hex of HMAC-SHA256");
    }

    @Test
    void threadsShareOneInstanceSafely() throws Exception {
        List<String> expected = IntStream.range(0, 2_000).mapToObj(i -> keys.account((long) i)).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> runs = IntStream.range(0, 4)
                    .mapToObj(t -> pool.submit(() -> IntStream.range(0, 2_000).mapToObj(i -> keys.account((long) i)).toList())).toList();
            for (Future<List<String>> run : runs) {
                assertEquals(expected, run.get());
            }
        } finally {
            pool.shutdown();
        }
    }
}
