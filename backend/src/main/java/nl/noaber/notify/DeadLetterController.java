package nl.noaber.notify;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import nl.noaber.ListPage;
import nl.noaber.identity.Caller;

/** Pushes given up after the maximum attempts, for the gemeente's admins. */
@Controller("/push/dead-letters")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured("ADMIN")
class DeadLetterController {

    private final DeadLetters deadLetters;

    DeadLetterController(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @Get
    ListPage<DeadLetters.View> list(@QueryValue(defaultValue = "50") @Min(1) @Max(200) int limit,
                                    @QueryValue @Nullable @Pattern(regexp = "\\d{1,18}", message = "must be a cursor from a previous page") String cursor,
                                    Authentication auth) {
        return deadLetters.page(Caller.of(auth), cursor == null ? Long.MAX_VALUE : Long.parseLong(cursor), limit);
    }
}
