package nl.noaber.request;

import nl.noaber.activity.Happening;
import nl.noaber.activity.PersonKeys;

import java.time.Duration;
import java.time.Instant;

/** What every activity event about a help request carries: place, initiative, kind, task and the people. */
final class RequestEvents {

    private RequestEvents() {
    }

    static Happening of(HelpRequest r, String type) {
        Happening event = Happening.of(r.gemeente(), type)
                .inWijk(r.wijk())
                .forInitiative(r.initiativeId(), r.kind().name())
                .withTask(r.task().name())
                .askedByMantelzorger(r.postedAs() == RequestEnums.PostedAs.MANTELZORGER ? r.requesterId() : null);
        // The person helped is the requester, unless a mantelzorger or VET staff posted for
        // someone else; that person may have no account, so they are known by name and place.
        return r.forPersonName() == null ? event.aboutAccount(r.requesterId())
                : event.aboutPerson(PersonKeys.naturalKey(r.forPersonName(), r.x(), r.y()));
    }

    /** An event that measures the wait since the request was posted (acceptance, help done). */
    static Happening since(HelpRequest r, String type, Instant now) {
        return of(r, type).after(Duration.between(r.createdAt(), now));
    }
}
