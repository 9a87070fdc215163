package nl.noaber.bench;

import nl.noaber.bench.SyntheticPopulation.Place;
import org.postgresql.copy.CopyManager;

import java.time.Instant;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Residents: accounts with the RESIDENT role, each with a home drawn like the volunteers' (inside a
 * wijk polygon, the wijk by area). About one in eight is also a mantelzorger (MANTELZORGER role):
 * they ask for respijt for the person they care for, who lives with them. The schema keeps no home
 * for a resident (a request carries its own place), so the homes live here, for the circles and
 * the requests.
 */
final class SyntheticResidents {

    static final double MANTELZORGER_SHARE = 0.12;
    private static final int STREAM = 1;

    final long[] ids;
    final Place[] homes;
    final boolean[] mantelzorger;

    private SyntheticResidents(int n) {
        ids = new long[n];
        homes = new Place[n];
        mantelzorger = new boolean[n];
    }

    /** Indexes of the residents who are mantelzorgers. */
    int[] mantelzorgers() {
        return IntStream.range(0, ids.length).filter(i -> mantelzorger[i]).toArray();
    }

    int size() {
        return ids.length;
    }

    /** Draws the residents of the plan and COPYs their accounts, ids from {@code firstId} on. */
    static SyntheticResidents write(SyntheticPopulation population, PopulationPlan plan, CopyManager copy, long firstId,
                                    RowCounts counts) {
        int n = plan.residents();
        SyntheticResidents residents = new SyntheticResidents(n);
        SplittableRandom random = plan.stream(STREAM);
        TableCopy accounts = new TableCopy(copy, "account", "id, gemeente, email, display_name, password_hash, roles, created_at, updated_at");
        Instant registered = plan.from().atStartOfDay(PopulationPlan.AMSTERDAM).toInstant();
        Progress progress = new Progress("residents", n);
        for (int i = 0; i < n; i++) {
            long id = firstId + i;
            Place home = population.place(random);
            boolean cares = random.nextDouble() < MANTELZORGER_SHARE;
            residents.ids[i] = id;
            residents.homes[i] = home;
            residents.mantelzorger[i] = cares;
            // Not a real password hash: these accounts never log in.
            accounts.col(id).col(home.gemeente()).col("r" + id + "@bench.invalid").col("Bewoner " + id).col("x")
                    .col(cares ? "{RESIDENT,MANTELZORGER}" : "{RESIDENT}").col(registered).col(registered).endRow();
            progress.at(i + 1, accounts.rows());
        }
        accounts.flush();
        counts.add(accounts);
        return residents;
    }
}
