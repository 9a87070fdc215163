package nl.noaber.volunteer;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import nl.noaber.notify.QuietHours;
import nl.noaber.notify.QuietHoursLookup;

import java.util.Optional;

/** A volunteer's own quiet hours, from their profile, for the push outbox. */
@Singleton
class VolunteerQuietHours implements QuietHoursLookup {

    private final VolunteerRepositories.ProfileRepository profiles;

    VolunteerQuietHours(VolunteerRepositories.ProfileRepository profiles) {
        this.profiles = profiles;
    }

    @Override
    @ReadOnly
    public Optional<QuietHours> of(long accountId) {
        return profiles.findById(accountId).map(p -> new QuietHours(p.quietFrom(), p.quietUntil()));
    }
}
