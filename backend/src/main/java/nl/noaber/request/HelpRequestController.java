package nl.noaber.request;

import io.micronaut.core.annotation.Nullable;
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
import jakarta.validation.constraints.Pattern;
import nl.noaber.Idempotent;
import nl.noaber.ListPage;
import nl.noaber.identity.Caller;

import java.net.URI;

/** Residents, mantelzorgers and VET staff post help requests and follow them. */
@Controller("/help-requests")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({"RESIDENT", "MANTELZORGER", "VET_STAFF"})
class HelpRequestController {

    private final HelpRequestService requests;
    private final TaskCompletion completion;
    private final RequestCancellation cancellation;

    HelpRequestController(HelpRequestService requests, TaskCompletion completion, RequestCancellation cancellation) {
        this.requests = requests;
        this.completion = completion;
        this.cancellation = cancellation;
    }

    @Idempotent
    @Post("/{id}/confirmation")
    HelpRequestView confirm(long id, @Body @Valid CompletionForms.Confirmation body, Authentication auth) {
        return completion.confirm(id, body, Caller.of(auth));
    }

    @Idempotent
    @Post
    HttpResponse<HelpRequestView> post(@Body @Valid NewHelpRequest body, Authentication auth) {
        HelpRequestView created = requests.submit(body, Caller.of(auth));
        return HttpResponse.created(created, URI.create("/help-requests/" + created.id()));
    }

    @Get
    ListPage<HelpRequestView> mine(@QueryValue(defaultValue = "20") @Min(1) @Max(100) int limit,
                                   @QueryValue @Nullable @Pattern(regexp = "\\d{1,18}", message = "must be a cursor from a previous page") String cursor,
                                   Authentication auth) {
        return requests.mine(Caller.of(auth), cursor == null ? Long.MAX_VALUE : Long.parseLong(cursor), limit);
    }

    @Get("/{id}")
    @Secured({"RESIDENT", "MANTELZORGER", "VET_STAFF", "COORDINATOR", "VOLUNTEER"})
    HelpRequestView get(long id, Authentication auth) {
        return requests.find(id, Caller.of(auth));
    }

    @Idempotent
    @Post("/{id}/cancellation")
    HelpRequestView cancel(long id, @Body @Valid Cancellation body, Authentication auth) {
        return cancellation.cancel(id, body.reason(), Caller.of(auth));
    }
}
