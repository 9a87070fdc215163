package nl.noaber.activity;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.noaber.support.Api;
import nl.noaber.support.Demo;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class ActivityLogTest {

    @Inject
    Api api;

    @Inject
    ActivityEventRepository events;

    @Inject
    ActivityLog log;

    @Inject
    DataSource dataSource;

    @Test
    void aVolunteerJoiningIsLoggedWithWijkAndAPseudonymousKeyThatOutlivesTheProfile() {
        String token = api.login(Demo.email("vrijwilliger1", "enschede"), Demo.PASSWORD);
        long accountId = api.get("/me", token).json().get("id").asLong();
        Map<String, Object> profile = Map.of(
                "home", Map.of("type", "Point", "coordinates", List.of(6.8937, 52.2215)),
                "capacities", List.of(Map.of("capacity", "GOEDE_BUUR", "maxRadiusMeters", 1500)),
                "weeklyAvailability", List.of(), "maxTasksPerWeek", 2);
        assertEquals(200, api.put("/me/volunteer-profile", token, profile).status());
        assertEquals(204, api.send("DELETE", "/me/volunteer-profile", token, null, null).status());

        ActivityEvent joined = events.findByGemeenteAndTypeOrderById("GM0153", "volunteer.joined").get(0);
        ActivityEvent deleted = events.findByGemeenteAndTypeOrderById("GM0153", "volunteer.profile_deleted").get(0);
        assertEquals("WK015300", joined.wijk());
        assertEquals(64, joined.subjectKey().length());
        assertEquals(log.personKey(accountId), joined.subjectKey());
        assertEquals(joined.subjectKey(), deleted.subjectKey(), "the same person keeps the same key");
        assertNotEquals(log.personKey(accountId + 1), joined.subjectKey());
    }

    @Test
    void theLogCanBeNeitherChangedNorDeletedOutsideTheRetentionJob() throws SQLException {
        try (Connection c = raw().getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO activity_event (gemeente, occurred_at, type) VALUES ('GM0150', now(), 'test.append_only')");
            SQLException update = assertThrows(SQLException.class,
                    () -> s.execute("UPDATE activity_event SET wijk = 'WK015001' WHERE type = 'test.append_only'"));
            assertTrue(update.getMessage().contains("append-only"), update.getMessage());
            assertThrows(SQLException.class, () -> s.execute("DELETE FROM activity_event WHERE type = 'test.append_only'"));

            c.setAutoCommit(false);
            s.execute("SET LOCAL noaber.retention = 'on'");
            assertEquals(1, s.executeUpdate("DELETE FROM activity_event WHERE type = 'test.append_only'"));
            c.commit();
        }
    }

    @Test
    void recordingOutsideATransactionIsRefused() {
        assertThrows(RuntimeException.class, () -> log.record(Happening.about("GM0150", "test.no_transaction", null, 1, 1)));
    }

    private DataSource raw() {
        return DelegatingDataSource.unwrapDataSource(dataSource);
    }
}
