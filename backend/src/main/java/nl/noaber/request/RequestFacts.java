package nl.noaber.request;

import io.micronaut.core.annotation.Nullable;
import nl.noaber.initiative.InitiativeKind;

import java.time.Instant;

/**
 * What zorgsignalen and outcome questions (issue #11) need to know of a help request: where it
 * is, whose it is, who did it and when it ended. Not shown to anyone as such.
 *
 * @param doneAt        when the volunteer completed it; null before DONE
 * @param forPersonName the person helped, when someone posted for them
 */
public record RequestFacts(long id, String gemeente, @Nullable String wijk, InitiativeKind kind, RequestStatus status,
                           @Nullable Long assignedVolunteerId, long requesterId, RequestEnums.PostedAs postedAs,
                           @Nullable Instant doneAt, @Nullable String forPersonName, @Nullable String addressLine) {

    /** The requester asked for themself, so the person concerned is an account holder. */
    public boolean forThemself() {
        return postedAs != RequestEnums.PostedAs.VET_STAFF && forPersonName == null;
    }

    static RequestFacts of(HelpRequest r) {
        return new RequestFacts(r.id(), r.gemeente(), r.wijk(), r.kind(), r.status(), r.assignedVolunteerId(), r.requesterId(),
                r.postedAs(), r.completedAt(), r.forPersonName(), r.addressLine());
    }
}
