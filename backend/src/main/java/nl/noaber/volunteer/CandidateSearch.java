package nl.noaber.volunteer;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import nl.noaber.geo.RdPoint;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Finds volunteers near a place who could take a task, in PostgreSQL on the RD GiST index —
 * never by loading all volunteers. Verification by an initiative's own rule is applied by the
 * caller to the few it gets back ({@link VolunteerVerification#evidenceOf}).
 */
@Singleton
public class CandidateSearch {

    /** An id no account has: keeps {@code NOT IN (...)} valid when nobody is excluded. */
    private static final long NOBODY = -1;
    /** No gemeente has this code: keeps {@code IN (...)} valid when no neighbour is searched. */
    private static final String NO_GEMEENTE = "-";
    /** Wider than any gemeente: a coordinator's manual choice is not bound to a radius. */
    private static final double ANYWHERE_METERS = 1_000_000;

    private final VolunteerRepositories.ProfileRepository profiles;

    CandidateSearch(VolunteerRepositories.ProfileRepository profiles) {
        this.profiles = profiles;
    }

    /**
     * @param neighbours gemeenten whose volunteers are searched too, if they opted in to help across the border
     * @param excluded volunteers not to return (the requester, those already asked)
     * @param day      the day help is needed; volunteers away that day are left out
     * @param from     the local time help starts, or null for "as soon as possible" (no slot check)
     * @param until    the local time it ends (same day)
     */
    @ReadOnly
    public List<NearbyVolunteer> near(String gemeente, Collection<String> neighbours, Capacity capacity, RdPoint place,
                                      double radiusMeters, Collection<Long> excluded, LocalDate day, @Nullable LocalTime from,
                                      @Nullable LocalTime until, int limit) {
        return nearestFirst(() -> search(gemeente, neighbours, capacity, place, radiusMeters, excluded, null, day, from, until, limit));
    }

    /** The same search, but only among {@code among} (e.g. the requester's voorzorgcirkel). */
    @ReadOnly
    public List<NearbyVolunteer> nearAmong(Collection<Long> among, String gemeente, Capacity capacity, RdPoint place,
                                           double radiusMeters, Collection<Long> excluded, LocalDate day,
                                           @Nullable LocalTime from, @Nullable LocalTime until, int limit) {
        if (among.isEmpty()) {
            return List.of();
        }
        return search(gemeente, List.of(), capacity, place, radiusMeters, excluded, among, day, from, until, limit);
    }

    /**
     * The nearest {@code limit} volunteers with the capacity within {@code radiusMeters}, available
     * or not, each with the availability rules they break — for the matching log's "why not".
     */
    @ReadOnly
    public List<VolunteerFit> fitNear(String gemeente, Capacity capacity, RdPoint place, double radiusMeters, LocalDate day,
                                      @Nullable LocalTime from, @Nullable LocalTime until, int limit) {
        return nearestFirst(() -> profiles.findFitNear(gemeente, capacity.name(), place.x(), place.y(), radiusMeters, false,
                List.of(NOBODY), day, from, until, limit));
    }

    /** How one volunteer fits a task at any distance; empty without a profile with the capacity. */
    @ReadOnly
    public Optional<VolunteerFit> fitOf(long accountId, String gemeente, Capacity capacity, RdPoint place, LocalDate day,
                                        @Nullable LocalTime from, @Nullable LocalTime until) {
        return profiles.findFitNear(gemeente, capacity.name(), place.x(), place.y(), ANYWHERE_METERS, true, List.of(accountId),
                day, from, until, 1).stream().findFirst();
    }

    /**
     * Runs a radius search with bitmap scans off until it returns (ADR 025). PostgreSQL keeps no
     * statistics for "point inside a circle" and guesses a fixed share of the table; where that guess
     * is small it reads every volunteer in the circle, checks them all and sorts (20–50 ms at 100 000
     * volunteers) instead of walking the GiST index nearest-first and stopping at the limit (about
     * 1 ms). The circle stays an index condition, so the walk still ends at its edge when few qualify.
     * Restored only on success: a failed statement aborts the transaction, and with it the setting.
     */
    private <T> List<T> nearestFirst(Supplier<List<T>> search) {
        String before = profiles.bitmapScans();
        profiles.setBitmapScans("off");
        List<T> found = search.get();
        profiles.setBitmapScans(before);
        return found;
    }

    private List<NearbyVolunteer> search(String gemeente, Collection<String> neighbours, Capacity capacity, RdPoint place, double radiusMeters,
                                         Collection<Long> excluded, @Nullable Collection<Long> among, LocalDate day,
                                         @Nullable LocalTime from, @Nullable LocalTime until, int limit) {
        List<Long> notThese = new ArrayList<>(excluded);
        notThese.add(NOBODY);
        List<Long> onlyThese = among == null ? List.of(NOBODY) : new ArrayList<>(among);
        List<String> alsoFrom = new ArrayList<>(neighbours);
        alsoFrom.add(NO_GEMEENTE);
        return profiles.findEligibleNear(gemeente, alsoFrom, capacity.name(), place.x(), place.y(), radiusMeters, notThese,
                among != null, onlyThese, day, from, until, limit);
    }
}
