package nl.noaber.volunteer;

import io.micronaut.http.HttpStatus;
import nl.noaber.NoaberProblem;

final class VolunteerNotFound extends NoaberProblem {

    VolunteerNotFound(long accountId) {
        super("volunteer-not-found", HttpStatus.NOT_FOUND, "Volunteer not found",
                "Account " + accountId + " has no volunteer profile in your gemeente");
    }
}
