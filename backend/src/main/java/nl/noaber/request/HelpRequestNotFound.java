package nl.noaber.request;

import io.micronaut.http.HttpStatus;
import nl.noaber.NoaberProblem;

/** No help request with this id that the caller may see; other gemeenten' and people's answer the same. */
public final class HelpRequestNotFound extends NoaberProblem {

    public HelpRequestNotFound(long id) {
        super("help-request-not-found", HttpStatus.NOT_FOUND, "Help request not found",
                "There is no help request " + id + " that you may see");
    }
}
