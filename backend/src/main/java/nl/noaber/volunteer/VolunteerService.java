package nl.noaber.volunteer;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.noaber.activity.ActivityLog;
import nl.noaber.activity.Happening;
import nl.noaber.geo.GeoJsonPoint;
import nl.noaber.geo.LatLon;
import nl.noaber.geo.Location;
import nl.noaber.geo.Locations;
import nl.noaber.geo.RdPoint;
import nl.noaber.geo.WijkRef;
import nl.noaber.identity.Caller;

import java.time.Clock;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The volunteer's own profile: read (also the export), replace, delete. */
@Singleton
public class VolunteerService {

    static final LocalTime DEFAULT_QUIET_FROM = LocalTime.of(22, 0);
    static final LocalTime DEFAULT_QUIET_UNTIL = LocalTime.of(8, 0);

    private final VolunteerRepositories.ProfileRepository profiles;
    private final ProfileParts parts;
    private final VerificationRecords verification;
    private final Locations locations;
    private final ActivityLog activity;
    private final Clock clock;

    VolunteerService(VolunteerRepositories.ProfileRepository profiles, ProfileParts parts,
                     VerificationRecords verification, Locations locations, ActivityLog activity, Clock clock) {
        this.profiles = profiles;
        this.parts = parts;
        this.verification = verification;
        this.locations = locations;
        this.activity = activity;
        this.clock = clock;
    }

    /** @throws VolunteerProfileNotFound if the caller has none yet */
    @ReadOnly
    public VolunteerProfileView profileOf(Caller volunteer) {
        VolunteerProfile profile = profiles.findByAccountIdAndGemeente(volunteer.accountId(), volunteer.gemeente())
                .orElseThrow(VolunteerProfileNotFound::new);
        return view(profile);
    }

    /**
     * Creates or replaces the caller's whole profile. The home is located (RD, wijk) here; it is
     * stored exactly and only ever shown blurred to others.
     *
     * @throws nl.noaber.InvalidInput naming the field or list entry that breaks a rule
     */
    @Transactional
    public VolunteerProfileView replace(VolunteerProfileForm form, Caller volunteer) {
        VolunteerProfileRules.check(form);
        Location home = locations.parse(form.home(), "home", volunteer.gemeente());
        long id = volunteer.accountId();
        String gemeente = volunteer.gemeente();
        // Replacing the whole profile: the children go with the row (ON DELETE CASCADE).
        Optional<VolunteerProfile> previous = profiles.findByAccountIdAndGemeente(id, gemeente);
        previous.ifPresent(profiles::delete);
        VolunteerProfileForm.QuietHours quiet = form.quietHours() == null
                ? new VolunteerProfileForm.QuietHours(DEFAULT_QUIET_FROM, DEFAULT_QUIET_UNTIL) : form.quietHours();
        VolunteerProfileForm.Driver driver = form.driver();
        profiles.save(new VolunteerProfile(id, gemeente, home.wgs84().lat(), home.wgs84().lon(), home.rd().x(), home.rd().y(),
                home.wijk() == null ? null : home.wijk().code(), form.paused(), form.helpsNeighbouringGemeenten(),
                form.maxTasksPerWeek(),
                quiet.from(), quiet.until(),
                form.languages() == null ? new String[0] : form.languages().stream().distinct().toArray(String[]::new),
                form.skills() == null ? new String[0] : form.skills().stream().distinct().map(Skill::name).toArray(String[]::new),
                driver == null ? null : driver.carSeats(), driver == null ? null : driver.wheelchairFits(),
                driver == null ? null : driver.walkerFits(), clock.instant()));
        parts.store(id, gemeente, form);
        String wijk = home.wijk() == null ? null : home.wijk().code();
        activity.record(Happening.about(gemeente, eventOf(previous, form.paused()), wijk, id, id).livingIn(home.rd()));
        return view(profiles.findByAccountIdAndGemeente(id, gemeente).orElseThrow());
    }

    /** A volunteer's home in RD metres, for distances; never shown to others as is. */
    @ReadOnly
    public Optional<RdPoint> homeOf(long accountId, String gemeente) {
        return profiles.findByAccountIdAndGemeente(accountId, gemeente).map(p -> new RdPoint(p.homeX(), p.homeY()));
    }

    /** Where a volunteer lives (wijk) and whether they are paused: what coordinators may see of a profile. */
    public record Standing(@Nullable String homeWijk, boolean paused) {
    }

    /** The standing of those of {@code accountIds} that have a profile in the gemeente. */
    @ReadOnly
    public Map<Long, Standing> standingOf(String gemeente, Collection<Long> accountIds) {
        Map<Long, Standing> result = new HashMap<>();
        for (long id : accountIds) {
            profiles.findByAccountIdAndGemeente(id, gemeente)
                    .ifPresent(p -> result.put(id, new Standing(p.homeWijk(), p.paused())));
        }
        return result;
    }

    /** Erasure: as {@link #delete}, and also when there is only a verification record and no profile. */
    @Transactional
    void erase(Caller volunteer) {
        if (profiles.findByAccountIdAndGemeente(volunteer.accountId(), volunteer.gemeente()).isPresent()) {
            delete(volunteer);
        } else {
            verification.forget(volunteer.accountId(), volunteer.gemeente());
        }
    }

    /**
     * Deletes the caller's profile, availability, capacities and the records of their VOG checks
     * and intakes. The activity log keeps its pseudonymous events, so counts stay right.
     */
    @Transactional
    public void delete(Caller volunteer) {
        VolunteerProfile profile = profiles.findByAccountIdAndGemeente(volunteer.accountId(), volunteer.gemeente())
                .orElseThrow(VolunteerProfileNotFound::new);
        profiles.delete(profile);
        verification.forget(volunteer.accountId(), volunteer.gemeente());
        // The log keeps the pseudonymous history, so counts stay right after the profile is gone.
        activity.record(Happening.about(volunteer.gemeente(), "volunteer.profile_deleted", profile.homeWijk(),
                volunteer.accountId(), volunteer.accountId()));
    }

    private static String eventOf(Optional<VolunteerProfile> previous, boolean pausedNow) {
        if (previous.isEmpty()) {
            return "volunteer.joined";
        }
        if (previous.get().paused() != pausedNow) {
            return pausedNow ? "volunteer.paused" : "volunteer.resumed";
        }
        return "volunteer.profile_updated";
    }

    private VolunteerProfileView view(VolunteerProfile p) {
        long id = p.accountId();
        String gemeente = p.gemeente();
        WijkRef wijk = p.homeWijk() == null ? null : locations.wijkNamed(gemeente, p.homeWijk());
        List<VolunteerProfileView.CapacityView> capacityViews = verification.capacityViewsOf(id, gemeente);
        VolunteerProfileForm.Driver driver = p.carSeats() == null ? null
                : new VolunteerProfileForm.Driver(p.carSeats(), Boolean.TRUE.equals(p.wheelchairFits()), Boolean.TRUE.equals(p.walkerFits()));
        return new VolunteerProfileView(GeoJsonPoint.of(new LatLon(p.homeLat(), p.homeLon())), wijk, capacityViews,
                parts.weekOf(id, gemeente), parts.absencesOf(id, gemeente),
                p.maxTasksPerWeek(), p.paused(), p.helpsNeighbouringGemeenten(), new VolunteerProfileForm.QuietHours(p.quietFrom(), p.quietUntil()),
                List.of(p.languages()), Arrays.stream(p.skills()).map(Skill::valueOf).toList(), driver,
                p.updatedAt().atZone(clock.getZone()).toOffsetDateTime());
    }
}
