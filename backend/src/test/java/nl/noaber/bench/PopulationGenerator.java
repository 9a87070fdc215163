package nl.noaber.bench;

import nl.noaber.activity.PersonKeys;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

/**
 * A whole synthetic population (issue #10) written into the service's own tables, step by step:
 * volunteers ({@link SyntheticPopulation#populate}, unchanged), residents, staff and initiatives,
 * the volunteers' join events, voorzorgcirkels, then years of help requests with their activity
 * events. Deterministic for a plan: each part draws from a stream of its own, and ids follow what
 * the database already holds. Progress lines on stdout; the summary is returned.
 */
final class PopulationGenerator {

    /**
     * The pseudonym key of generated populations: the bench and its test run the service with it
     * as noaber.activity.pseudonym-key, so the person keys do not change from run to run.
     */
    static final String PSEUDONYM_KEY = "noaber-synthetic-population-bench-key-0001";

    /** Rows per table and the seconds it took. */
    record Summary(Map<String, Long> rows, Map<String, Double> copySeconds, long total, double seconds, long firstVolunteerId,
                   long firstResidentId) {

        void print() {
            System.out.println("--- population summary ---");
            rows.forEach((table, n) -> System.out.printf("  %-20s %,12d%s%n", table, n,
                    copySeconds.containsKey(table) ? String.format("   (COPY %.1f s)", copySeconds.get(table)) : ""));
            System.out.printf("  %-20s %,12d rows in %.1f s (%,.0f rows/s)%n", "total", total, seconds, total / seconds);
        }
    }

    /** The tables written after the volunteers (whose generator analyzes the whole database itself). */
    private static final List<String> ANALYZED = List.of("account", "initiative", "initiative_wijk", "initiative_member",
            "voorzorgcirkel", "cirkel_member", "help_request", "activity_event", "activity_changed_day");

    private final SyntheticPopulation population = new SyntheticPopulation();

    SyntheticPopulation population() {
        return population;
    }

    Summary generate(Connection connection, PopulationPlan plan) throws SQLException, IOException {
        long start = System.nanoTime();
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        RowCounts counts = new RowCounts();
        System.out.printf("=== synthetic population: %,d volunteers, %,d residents, %d years until %s, seed %d ===%n",
                plan.volunteers(), plan.residents(), plan.years(), plan.until(), plan.seed());

        long firstVolunteer = population.populate(connection, plan.volunteers(), plan.seed());
        countVolunteerRows(connection, firstVolunteer, counts);
        double area = population.wijken().stream().mapToDouble(SyntheticPopulation.Wijk::area).sum();
        VolunteerHomes volunteers = VolunteerHomes.load(connection, firstVolunteer, plan, area);

        long firstResident = FreeIds.after(connection, "account");
        SyntheticResidents residents = SyntheticResidents.write(population, plan, copy, firstResident, counts);
        SyntheticInitiatives initiatives = SyntheticInitiatives.write(population, plan, copy, FreeIds.after(connection, "account"),
                FreeIds.after(connection, "initiative"), counts);

        ActivityEventCopy events = new ActivityEventCopy(copy, new PersonKeys(PSEUDONYM_KEY));
        writeJoinedEvents(volunteers, events);
        SyntheticCircles circles = SyntheticCircles.write(plan, residents, volunteers, initiatives, copy,
                FreeIds.after(connection, "voorzorgcirkel"), events, counts);
        RequestDraw draw = new RequestDraw(population, residents, circles, initiatives, new RequestRhythm(plan.from(), plan.until()));
        SyntheticRequests.write(plan, draw, volunteers, copy, FreeIds.after(connection, "help_request"), events, counts);
        events.flush();
        counts.add(events.table());

        for (String table : List.of("account", "initiative", "voorzorgcirkel", "help_request")) {
            FreeIds.moveSequencePast(connection, table);
        }
        try (Statement s = connection.createStatement()) {
            // Fresh statistics: without them the first rollup plans for an empty log (see ActivityLog.importHistory).
            for (String table : ANALYZED) {
                s.execute("ANALYZE " + table);
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Summary(counts.byTable(), counts.copySecondsByTable(), counts.total(), seconds, firstVolunteer, firstResident);
    }

    /** volunteer.joined for every volunteer, at their join day (some before the history starts). */
    private static void writeJoinedEvents(VolunteerHomes volunteers, ActivityEventCopy events) {
        Progress progress = new Progress("volunteer.joined events", volunteers.size());
        for (int i = 0; i < volunteers.size(); i++) {
            events.joined(volunteers.gemeente[i], volunteers.wijk[i], volunteers.ids[i], volunteers.home(i),
                    volunteers.joined(i).atTime(LocalTime.of(20, 0)).atZone(PopulationPlan.AMSTERDAM).toInstant());
            progress.at(i + 1, i + 1);
        }
    }

    /** The volunteer generator writes five tables and reports none of their sizes. */
    private static void countVolunteerRows(Connection connection, long firstId, RowCounts counts) throws SQLException {
        for (String table : List.of("account", "volunteer_profile", "volunteer_capacity", "volunteer_slot", "volunteer_absence")) {
            String column = table.equals("account") ? "id" : "account_id";
            try (PreparedStatement s = connection.prepareStatement("SELECT count(*) FROM " + table + " WHERE " + column + " >= ?")) {
                s.setLong(1, firstId);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    counts.add(table, rs.getLong(1));
                }
            }
        }
    }
}
