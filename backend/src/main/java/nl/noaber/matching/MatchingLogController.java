package nl.noaber.matching;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import nl.noaber.identity.Caller;

/** The matching log of a request, for the gemeente's coordinators and VET staff. */
@Controller("/help-requests/{id}/matching-log")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({"COORDINATOR", "VET_STAFF"})
class MatchingLogController {

    private final MatchingLog log;

    MatchingLogController(MatchingLog log) {
        this.log = log;
    }

    @Get
    MatchingLog.View get(long id, Authentication auth) {
        return log.of(id, Caller.of(auth));
    }
}
