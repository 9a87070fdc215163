package nl.noaber.matching;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import jakarta.validation.Valid;
import nl.noaber.Idempotent;
import nl.noaber.identity.Caller;

/** Manual koppeling: a coordinator offers a request to a volunteer they chose. */
@Controller("/help-requests/{id}/manual-offers")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured("COORDINATOR")
class ManualOfferController {

    private final ManualKoppeling koppeling;

    ManualOfferController(ManualKoppeling koppeling) {
        this.koppeling = koppeling;
    }

    @Idempotent
    @Post
    HttpResponse<MatchingLog.Entry> offer(long id, @Body @Valid ManualOfferForm body, Authentication auth) {
        return HttpResponse.created(koppeling.offer(id, body, Caller.of(auth)));
    }
}
