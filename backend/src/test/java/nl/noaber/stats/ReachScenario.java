package nl.noaber.stats;

import com.fasterxml.jackson.databind.JsonNode;
import nl.noaber.support.TimeTravel;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * A hand-computed week in Deventer, written straight into the activity log (the log is the input
 * of the statistics; that features write it is tested with each feature). Week of Monday
 * 3 March 2025, Europe/Amsterdam. People are plain keys; the log only ever holds keys.
 *
 * <p>Keizerslanden (WK015006), Goede Buren, initiative 100 (and 200):
 * <ul>
 *   <li>10 requests posted: r1…r9 for themselves (SHOPPING), and VET staff s1 for p10 (WALKING)</li>
 *   <li>8 accepted (r1…r8) after 1, 2, … 8 hours → median 4.5 h, p90 7.3 h</li>
 *   <li>r9 (SHOPPING) and p10 (WALKING) escalated, then expired: 2 unmet</li>
 *   <li>7 done (r1…r7), 60 minutes each, 2…8 hours after posting → median 5 h, p90 7.4 h;
 *       by v1 (r1, r2), v2 (r3, r7), v3 (r4), v4 (r5) for initiative 100, and by resident r1
 *       (r6) for initiative 200 — so r1 gives and receives, and initiative 200 rests on one volunteer</li>
 *   <li>the five Goede Buren live in Keizerslanden (profile events in February)</li>
 * </ul>
 * Colmschate-Zuid (WK015010):
 * <ul>
 *   <li>Respijt: mantelzorgers m1…m5 post 6 requests (m1 twice) for q1…q5; all accepted after 24 h
 *       and done after 48 h by w1…w5, 180 minutes each → 18 respijt hours, 5 mantelzorgers</li>
 *   <li>AutoMaatje: t1…t3 post 3 rides, accepted after 48 h, done by d1 (12 km, 8 km) and d2
 *       (10.5 km), 90 minutes each → 3 rides, 30.5 km, only 2 drivers</li>
 *   <li>2 new volunteers join</li>
 * </ul>
 */
final class ReachScenario {

    static final LocalDate MONDAY = LocalDate.of(2025, 3, 3);
    static final String KEIZERSLANDEN = "WK015006";
    static final String COLMSCHATE_ZUID = "WK015010";
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private final List<String> rows = new ArrayList<>();

    static void writeInto(TimeTravel database) {
        ReachScenario s = new ReachScenario();
        s.keizerslanden();
        s.colmschateZuid();
        database.execute("INSERT INTO activity_event (gemeente, occurred_at, type, wijk, initiative_id, kind, task, actor_key, "
                + "actor_role, subject_key, mantelzorger_key, minutes, meters, elapsed_seconds, home_cell_x, home_cell_y) VALUES "
                + String.join(",\n", s.rows));
    }

    /** The row of a wijk (null: the gemeente as a whole) in a {@code /stats/reach} answer. */
    static JsonNode rowOf(JsonNode report, String wijk) {
        for (JsonNode row : report.get("rows")) {
            if (wijk == null ? row.get("wijk") == null || row.get("wijk").isNull() : wijk.equals(row.path("wijk").asText())) {
                return row;
            }
        }
        throw new AssertionError("no row for " + wijk + " in " + report);
    }

    private void keizerslanden() {
        for (int i = 1; i <= 9; i++) {
            posted(1, KEIZERSLANDEN, "GOEDE_BUREN", 100, "SHOPPING", "r" + i, "RESIDENT", "r" + i, null);
        }
        posted(1, KEIZERSLANDEN, "GOEDE_BUREN", 100, "WALKING", "s1", "VET_STAFF", "p10", null);
        for (int i = 1; i <= 8; i++) {
            event(2, "request.accepted", KEIZERSLANDEN, "GOEDE_BUREN", 100, "SHOPPING", "v", null, "r" + i, null,
                    null, null, i * 3600L);
        }
        event(2, "request.escalated", KEIZERSLANDEN, "GOEDE_BUREN", 100, "SHOPPING", null, null, "r9", null, null, null, 7200L);
        event(2, "request.escalated", KEIZERSLANDEN, "GOEDE_BUREN", 100, "WALKING", null, null, "p10", null, null, null, 7200L);
        event(4, "request.expired", KEIZERSLANDEN, "GOEDE_BUREN", 100, "SHOPPING", null, null, "r9", null, null, null, 86400L);
        event(4, "request.expired", KEIZERSLANDEN, "GOEDE_BUREN", 100, "WALKING", null, null, "p10", null, null, null, 86400L);
        String[] doneBy = {"v1", "v1", "v2", "v3", "v4", "r1", "v2"};
        for (int i = 1; i <= 7; i++) {
            event(3, "request.done", KEIZERSLANDEN, "GOEDE_BUREN", i == 6 ? 200 : 100, "SHOPPING", doneBy[i - 1], null,
                    "r" + i, null, 60, null, (i + 1) * 3600L);
        }
        home("v1", 208_125, 476_125);
        home("v2", 208_125, 476_125);
        home("v3", 207_625, 475_375);
        home("v4", 208_625, 476_875);
        home("r1", 208_375, 475_625);
    }

    private void colmschateZuid() {
        String[] mantelzorger = {"m1", "m1", "m2", "m3", "m4", "m5"};
        String[] person = {"q1", "q1", "q2", "q3", "q4", "q5"};
        String[] volunteer = {"w1", "w2", "w3", "w4", "w5", "w1"};
        for (int i = 0; i < 6; i++) {
            posted(1, COLMSCHATE_ZUID, "RESPIJT", 300, "COMPANY", mantelzorger[i], "MANTELZORGER", person[i], mantelzorger[i]);
            event(2, "request.accepted", COLMSCHATE_ZUID, "RESPIJT", 300, "COMPANY", volunteer[i], null, person[i],
                    mantelzorger[i], null, null, 86400L);
            event(3, "request.done", COLMSCHATE_ZUID, "RESPIJT", 300, "COMPANY", volunteer[i], null, person[i],
                    mantelzorger[i], 180, null, 172800L);
        }
        String[] driver = {"d1", "d1", "d2"};
        int[] meters = {12_000, 8_000, 10_500};
        for (int i = 0; i < 3; i++) {
            String passenger = "t" + (i + 1);
            posted(1, COLMSCHATE_ZUID, "AUTOMAATJE", 400, "RIDES", passenger, "RESIDENT", passenger, null);
            event(3, "request.accepted", COLMSCHATE_ZUID, "AUTOMAATJE", 400, "RIDES", driver[i], null, passenger, null,
                    null, null, 172800L);
            event(5, "request.done", COLMSCHATE_ZUID, "AUTOMAATJE", 400, "RIDES", driver[i], null, passenger, null,
                    90, meters[i], 259200L);
        }
        event(6, "volunteer.joined", COLMSCHATE_ZUID, null, null, null, "n1", null, "n1", null, null, null, null);
        event(7, "volunteer.joined", COLMSCHATE_ZUID, null, null, null, "n2", null, "n2", null, null, null, null);
    }

    private void posted(int day, String wijk, String kind, int initiative, String task, String actor, String role,
                        String subject, String mantelzorger) {
        event(day, "request.posted", wijk, kind, initiative, task, actor, role, subject, mantelzorger, null, null, null);
    }

    private void home(String volunteer, int x, int y) {
        rows.add("('GM0150', " + at(MONDAY.minusDays(20), 12) + ", 'volunteer.profile_updated', '" + KEIZERSLANDEN
                + "', NULL, NULL, NULL, '" + volunteer + "', NULL, '" + volunteer + "', NULL, NULL, NULL, NULL, " + x + ", " + y + ")");
    }

    /** @param day 1 = Monday … 7 = Sunday; every event at noon, Amsterdam time */
    private void event(int day, String type, String wijk, String kind, Integer initiative, String task, String actor,
                       String role, String subject, String mantelzorger, Integer minutes, Integer meters, Long elapsed) {
        rows.add("('GM0150', " + at(MONDAY.plusDays(day - 1), 12) + ", '" + type + "', " + q(wijk) + ", "
                + initiative + ", " + q(kind) + ", " + q(task) + ", " + q(actor) + ", " + q(role) + ", " + q(subject) + ", "
                + q(mantelzorger) + ", " + minutes + ", " + meters + ", " + elapsed + ", NULL, NULL)");
    }

    private static String at(LocalDate day, int hour) {
        return "'" + LocalDateTime.of(day, LocalTime.of(hour, 0)).atZone(AMSTERDAM).toOffsetDateTime() + "'";
    }

    private static String q(String value) {
        return value == null ? "NULL" : "'" + value + "'";
    }
}
