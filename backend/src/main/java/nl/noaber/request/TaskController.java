package nl.noaber.request;

import io.micronaut.core.annotation.Nullable;
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
import jakarta.validation.constraints.Pattern;
import nl.noaber.Idempotent;
import nl.noaber.identity.Caller;

import java.util.List;

/** The work lists: a volunteer's accepted tasks, and the coordinators' queue of escalated requests. */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class TaskController {

    private final HelpRequestService requests;
    private final TaskCompletion completion;

    TaskController(HelpRequestService requests, TaskCompletion completion) {
        this.requests = requests;
        this.completion = completion;
    }

    @Idempotent
    @Post("/me/tasks/{id}/start")
    @Secured("VOLUNTEER")
    HelpRequestView start(long id, Authentication auth) {
        return completion.start(id, Caller.of(auth));
    }

    @Idempotent
    @Post("/me/tasks/{id}/completion")
    @Secured("VOLUNTEER")
    HelpRequestView complete(long id, @Body @Valid CompletionForms.Completion body, Authentication auth) {
        return completion.complete(id, body, Caller.of(auth));
    }

    @Get("/me/tasks")
    @Secured("VOLUNTEER")
    List<HelpRequestView> myTasks(Authentication auth) {
        return requests.tasksOf(Caller.of(auth));
    }

    @Get("/coordinator-queue")
    @Secured({"COORDINATOR", "VET_STAFF"})
    List<HelpRequestView> queue(@QueryValue @Nullable @Pattern(regexp = "WK\\d{6}", message = "must be a CBS wijk code like WK015006") String wijk,
                                Authentication auth) {
        return requests.coordinatorQueue(Caller.of(auth), wijk);
    }
}
