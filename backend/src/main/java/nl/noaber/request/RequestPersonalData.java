package nl.noaber.request;

import jakarta.inject.Singleton;
import nl.noaber.identity.Caller;
import nl.noaber.privacy.PersonalDataSection;
import nl.noaber.privacy.PersonalRows;

import java.util.List;
import java.util.Map;

/**
 * A person's requests (everything stored) and the tasks they did as a volunteer (their own part:
 * times, minutes, km; not the other person's address). Requests VET staff posted for a resident
 * are the resident's, not part of the staff member's data. Erasure cancels what can still be cancelled
 * — volunteers and matching hear of it as from any cancellation — and anonymises every request.
 */
@Singleton
class RequestPersonalData implements PersonalDataSection {

    private final PersonalRows rows;
    private final HelpRequestRepository requests;
    private final RequestCancellation cancellation;
    private final RequestAnonymiser anonymiser;

    RequestPersonalData(PersonalRows rows, HelpRequestRepository requests, RequestCancellation cancellation,
                        RequestAnonymiser anonymiser) {
        this.rows = rows;
        this.requests = requests;
        this.cancellation = cancellation;
        this.anonymiser = anonymiser;
    }

    @Override
    public int getOrder() {
        return 20;
    }

    @Override
    public String name() {
        return "helpRequests";
    }

    @Override
    public Object export(long accountId) {
        return Map.of(
                "posted", rows.of("SELECT * FROM help_request WHERE requester_id = ? AND posted_as <> 'VET_STAFF' ORDER BY id",
                        accountId),
                "helpedWith", rows.of("""
                        SELECT id, gemeente, kind, task, wijk, status, window_start, completed_at,
                               minutes_spent, km_driven, allowance_cents
                          FROM help_request WHERE assigned_volunteer_id = ? ORDER BY id""", accountId));
    }

    /**
     * Requests VET staff posted for residents stay: they are the residents' requests, and their
     * reads are audited like any staff read.
     */
    @Override
    public void erase(Caller person) {
        List<HelpRequestRepository.StoredPlace> own = requests.lockOwnOf(person.accountId());
        for (long id : requests.findCancellableOf(person.accountId())) {
            cancellation.cancel(id, "Account verwijderd", person);
        }
        anonymiser.anonymise(own);
    }
}
