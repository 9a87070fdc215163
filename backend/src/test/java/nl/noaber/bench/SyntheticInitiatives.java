package nl.noaber.bench;

import nl.noaber.initiative.InitiativeKind;
import nl.noaber.initiative.MatchingPolicy;
import org.postgresql.copy.CopyManager;

import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Per gemeente: a coordinator, two VET staff members (who post requests on behalf of residents
 * without a phone) and one initiative of each kind with the kind's default policy, serving every
 * wijk of the gemeente, the coordinator its COORDINATOR member. Requests and events refer to these
 * initiatives, so the statistics per initiative (thin initiatives) have something to count.
 */
final class SyntheticInitiatives {

    static final int VET_STAFF_PER_GEMEENTE = 2;

    /** One gemeente's staff and initiatives. */
    record Gemeente(String code, long coordinatorId, long[] vetStaffIds, Map<InitiativeKind, Long> initiatives) {

        long initiative(InitiativeKind kind) {
            return initiatives.get(kind);
        }
    }

    private final Map<String, Gemeente> gemeenten;

    private SyntheticInitiatives(Map<String, Gemeente> gemeenten) {
        this.gemeenten = gemeenten;
    }

    Gemeente of(String gemeente) {
        return gemeenten.get(gemeente);
    }

    static MatchingPolicy policy(InitiativeKind kind) {
        return kind.defaults();
    }

    /** Writes the staff accounts (ids from {@code firstAccountId}) and initiatives (from {@code firstInitiativeId}). */
    static SyntheticInitiatives write(SyntheticPopulation population, PopulationPlan plan, CopyManager copy, long firstAccountId,
                                      long firstInitiativeId, RowCounts counts) {
        TableCopy accounts = new TableCopy(copy, "account", "id, gemeente, email, display_name, password_hash, roles, created_at, updated_at");
        TableCopy initiatives = new TableCopy(copy, "initiative", "id, gemeente, kind, name, radius_meters, offer_batch_size, "
                + "wave_timeout_urgent_minutes, wave_timeout_normal_minutes, wave_timeout_low_minutes, verification_required, "
                + "vog_renewal_months, ride_lead_time_hours, km_allowance_cents, created_by, created_at, updated_at").referring(accounts);
        TableCopy wijken = new TableCopy(copy, "initiative_wijk", "initiative_id, gemeente, wijk_code").referring(initiatives);
        TableCopy members = new TableCopy(copy, "initiative_member", "initiative_id, gemeente, account_id, role, status, created_at, updated_at")
                .referring(initiatives);
        Instant started = plan.from().minusYears(1).atStartOfDay(PopulationPlan.AMSTERDAM).toInstant();
        Map<String, Gemeente> out = new LinkedHashMap<>();
        long accountId = firstAccountId;
        long initiativeId = firstInitiativeId;
        List<String> codes = population.wijken().stream().map(SyntheticPopulation.Wijk::gemeente).distinct().toList();
        for (String gemeente : codes) {
            long coordinator = accountId++;
            staff(accounts, coordinator, gemeente, "c", "Coördinator " + coordinator, "{COORDINATOR}", started);
            long[] vets = new long[VET_STAFF_PER_GEMEENTE];
            for (int v = 0; v < vets.length; v++) {
                vets[v] = accountId++;
                staff(accounts, vets[v], gemeente, "vet", "VET " + vets[v], "{VET_STAFF}", started);
            }
            Map<InitiativeKind, Long> ids = new EnumMap<>(InitiativeKind.class);
            for (InitiativeKind kind : InitiativeKind.values()) {
                long id = initiativeId++;
                ids.put(kind, id);
                MatchingPolicy p = policy(kind);
                initiatives.col(id).col(gemeente).col(kind.name()).col(kind.name() + " " + gemeente).col(p.radiusMeters())
                        .col(p.offerBatchSize()).col(p.waveTimeoutUrgentMinutes()).col(p.waveTimeoutNormalMinutes())
                        .col(p.waveTimeoutLowMinutes()).col(p.verificationRequired()).col(p.vogRenewalMonths())
                        .col(p.rideLeadTimeHours()).col(p.kmAllowanceCents()).col(coordinator).col(started).col(started).endRow();
                population.wijken().stream().filter(w -> w.gemeente().equals(gemeente))
                        .forEach(w -> wijken.col(id).col(gemeente).col(w.code()).endRow());
                members.col(id).col(gemeente).col(coordinator).col("COORDINATOR").col("ACTIVE").col(started).col(started).endRow();
            }
            out.put(gemeente, new Gemeente(gemeente, coordinator, vets, ids));
        }
        for (TableCopy t : List.of(accounts, initiatives, wijken, members)) {
            t.flush();
            counts.add(t);
        }
        return new SyntheticInitiatives(out);
    }

    private static void staff(TableCopy accounts, long id, String gemeente, String prefix, String name, String roles, Instant at) {
        // Not a real password hash: these accounts never log in.
        accounts.col(id).col(gemeente).col(prefix + id + "@bench.invalid").col(name).col("x").col(roles).col(at).col(at).endRow();
    }
}
