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

/**
 * Finds volunteers near a place who could take a task, in PostgreSQL on the RD GiST index —
 * never by loading all volunteers. Verification by an initiative's own rule is applied by the
 * caller to the few it gets back ({@link VolunteerVerification#evidenceOf}).
 */
@Singleton
public class CandidateSearch {

    /** An id no account has: keeps {@code NOT IN (...)} valid when nobody is excluded. */
    private static final long NOBODY = -1;

    private final VolunteerRepositories.ProfileRepository profiles;

    CandidateSearch(VolunteerRepositories.ProfileRepository profiles) {
        this.profiles = profiles;
    }

    /**
     * @param excluded volunteers not to return (the requester, those already asked)
     * @param day      the day help is needed; volunteers away that day are left out
     * @param from     the local time help starts, or null for "as soon as possible" (no slot check)
     * @param until    the local time it ends (same day)
     */
    @ReadOnly
    public List<NearbyVolunteer> near(String gemeente, Capacity capacity, RdPoint place, double radiusMeters,
                                      Collection<Long> excluded, LocalDate day, @Nullable LocalTime from,
                                      @Nullable LocalTime until, int limit) {
        return search(gemeente, capacity, place, radiusMeters, excluded, null, day, from, until, limit);
    }

    /** The same search, but only among {@code among} (e.g. the requester's voorzorgcirkel). */
    @ReadOnly
    public List<NearbyVolunteer> nearAmong(Collection<Long> among, String gemeente, Capacity capacity, RdPoint place,
                                           double radiusMeters, Collection<Long> excluded, LocalDate day,
                                           @Nullable LocalTime from, @Nullable LocalTime until, int limit) {
        if (among.isEmpty()) {
            return List.of();
        }
        return search(gemeente, capacity, place, radiusMeters, excluded, among, day, from, until, limit);
    }

    private List<NearbyVolunteer> search(String gemeente, Capacity capacity, RdPoint place, double radiusMeters,
                                         Collection<Long> excluded, @Nullable Collection<Long> among, LocalDate day,
                                         @Nullable LocalTime from, @Nullable LocalTime until, int limit) {
        List<Long> notThese = new ArrayList<>(excluded);
        notThese.add(NOBODY);
        List<Long> onlyThese = among == null ? List.of(NOBODY) : new ArrayList<>(among);
        return profiles.findEligibleNear(gemeente, capacity.name(), place.x(), place.y(), radiusMeters, notThese,
                among != null, onlyThese, day, from, until, limit);
    }
}
