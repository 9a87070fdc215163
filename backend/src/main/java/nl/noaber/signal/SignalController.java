package nl.noaber.signal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import nl.noaber.Idempotent;
import nl.noaber.identity.Caller;

import java.util.List;

/** Zorgsignalen for volunteers and VET staff, VET teams per wijk, and the outcome questions. */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class SignalController {

    private static final String WIJK_CODE = "WK\\d{6}";
    private static final String WIJK_MESSAGE = "must be a CBS wijk code like WK015006";

    private final SignalService signals;
    private final VetTeams teams;
    private final Outcomes outcomes;

    SignalController(SignalService signals, VetTeams teams, Outcomes outcomes) {
        this.signals = signals;
        this.teams = teams;
        this.outcomes = outcomes;
    }

    @Idempotent
    @Post("/me/tasks/{id}/signals")
    @Secured("VOLUNTEER")
    HttpResponse<SignalViews.Receipt> raise(long id, @Body @Valid SignalForms.NewSignal body, Authentication auth) {
        SignalViews.Receipt receipt = signals.raise(id, body, Caller.of(auth));
        return HttpResponse.created(receipt).header("Location", "/me/signals");
    }

    @Get("/me/signals")
    @Secured("VOLUNTEER")
    List<SignalViews.Receipt> mine(Authentication auth) {
        return signals.mine(Caller.of(auth));
    }

    @Get("/signals")
    @Secured({"VET_STAFF", "COORDINATOR"})
    List<SignalViews.StaffView> queue(@QueryValue @Nullable SignalEnums.Status status,
                                      @QueryValue @Nullable @Pattern(regexp = WIJK_CODE, message = WIJK_MESSAGE) String wijk,
                                      Authentication auth) {
        return signals.queue(Caller.of(auth), status, wijk);
    }

    @Get("/signals/{id}")
    @Secured({"VET_STAFF", "COORDINATOR"})
    SignalViews.StaffView detail(long id, Authentication auth) {
        return signals.detail(id, Caller.of(auth));
    }

    @Idempotent
    @Post("/signals/{id}/follow-up")
    @Secured({"VET_STAFF", "COORDINATOR"})
    SignalViews.StaffView followUp(long id, @Body @Valid SignalForms.FollowUp body, Authentication auth) {
        return signals.followUp(id, body, Caller.of(auth));
    }

    @Get("/vet-teams")
    @Secured({"COORDINATOR", "ADMIN"})
    List<SignalViews.Team> teams(Authentication auth) {
        return teams.all(Caller.of(auth));
    }

    @Put("/accounts/{id}/wijken")
    @Secured({"COORDINATOR", "ADMIN"})
    SignalViews.Team assign(long id, @Body @Valid SignalForms.Wijken body, Authentication auth) {
        return teams.assign(id, body.wijken(), Caller.of(auth));
    }

    @Idempotent
    @Post("/help-requests/{id}/outcome")
    @Secured({"RESIDENT", "MANTELZORGER", "VET_STAFF"})
    HttpResponse<SignalViews.OutcomeView> outcome(long id, @Body @Valid SignalForms.Outcome body, Authentication auth) {
        return HttpResponse.created(outcomes.answer(id, body, Caller.of(auth)));
    }
}
