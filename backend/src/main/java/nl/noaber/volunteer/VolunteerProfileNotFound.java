package nl.noaber.volunteer;

import io.micronaut.http.HttpStatus;
import nl.noaber.NoaberProblem;

final class VolunteerProfileNotFound extends NoaberProblem {

    VolunteerProfileNotFound() {
        super("volunteer-profile-not-found", HttpStatus.NOT_FOUND, "No volunteer profile",
                "You have no volunteer profile yet; create it with PUT /me/volunteer-profile");
    }
}
