package nl.noaber.volunteer;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import jakarta.validation.Valid;
import nl.noaber.identity.Caller;

/** A volunteer's own profile. */
@Controller("/me/volunteer-profile")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured("VOLUNTEER")
class VolunteerProfileController {

    private final VolunteerService volunteers;

    VolunteerProfileController(VolunteerService volunteers) {
        this.volunteers = volunteers;
    }

    @Get
    VolunteerProfileView get(Authentication auth) {
        return volunteers.profileOf(Caller.of(auth));
    }

    @Put
    VolunteerProfileView put(@Body @Valid VolunteerProfileForm body, Authentication auth) {
        return volunteers.replace(body, Caller.of(auth));
    }

    @Delete
    @Status(HttpStatus.NO_CONTENT)
    void delete(Authentication auth) {
        volunteers.delete(Caller.of(auth));
    }
}
