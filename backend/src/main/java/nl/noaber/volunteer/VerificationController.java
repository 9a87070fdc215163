package nl.noaber.volunteer;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import nl.noaber.identity.Caller;

import java.net.URI;
import java.util.List;

/** Coordinators record VOG checks and intakes, and watch VOGs that run out. */
@Controller("/volunteers")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured("COORDINATOR")
class VerificationController {

    private final VolunteerVerification verification;

    VerificationController(VolunteerVerification verification) {
        this.verification = verification;
    }

    @Post("/{accountId}/vog-checks")
    HttpResponse<VerificationForms.VogCheckView> recordVog(long accountId, @Body @Valid VerificationForms.NewVogCheck body,
                                                           Authentication auth) {
        return HttpResponse.created(verification.recordVog(accountId, body, Caller.of(auth)),
                URI.create("/volunteers/" + accountId + "/verification"));
    }

    @Post("/{accountId}/intakes")
    HttpResponse<VerificationForms.IntakeView> recordIntake(long accountId, @Body @Valid VerificationForms.NewIntake body,
                                                            Authentication auth) {
        return HttpResponse.created(verification.recordIntake(accountId, body, Caller.of(auth)),
                URI.create("/volunteers/" + accountId + "/verification"));
    }

    @Get("/{accountId}/verification")
    VerificationForms.VerificationView verificationOf(long accountId, Authentication auth) {
        return verification.verificationOf(accountId, Caller.of(auth));
    }

    @Get("/vog-expiries")
    List<VerificationForms.VogExpiry> vogExpiries(@QueryValue(defaultValue = "60") @Min(1) @Max(365) int withinDays,
                                                  Authentication auth) {
        return verification.upcomingExpiries(Caller.of(auth), withinDays);
    }
}
