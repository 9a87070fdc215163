package nl.noaber.request;

import nl.noaber.PersonalDataWasRead;

import java.util.ArrayList;
import java.util.List;

/** What staff see of a person when they open a request: the fields the audit names. */
final class RequestReads {

    static final String DETAIL = "help request detail";
    static final String QUEUE = "coordinator queue";
    static final String OWN_LIST = "requests posted on behalf";

    /**
     * Whether showing this request to the reader is a staff read of someone else's data: anyone but
     * the requester — and the requester too when they are VET staff who posted for a resident.
     */
    static boolean isStaffRead(HelpRequest request, long readerId) {
        return request.requesterId() != readerId || request.postedAs() == RequestEnums.PostedAs.VET_STAFF;
    }

    private RequestReads() {
    }

    static PersonalDataWasRead.Seen of(HelpRequest request) {
        List<String> fields = new ArrayList<>(List.of("location", "description"));
        addIfPresent(fields, "addressLine", request.addressLine());
        addIfPresent(fields, "forPersonName", request.forPersonName());
        addIfPresent(fields, "personNeeds", request.personNeeds());
        addIfPresent(fields, "handoverNote", request.handoverNote());
        addIfPresent(fields, "ride.destination", request.destinationX());
        // Posted by VET staff for someone without an account: the person has no id to name.
        Long person = request.postedAs() == RequestEnums.PostedAs.VET_STAFF ? null : request.requesterId();
        return new PersonalDataWasRead.Seen("help_request", request.id(), person, fields);
    }

    private static void addIfPresent(List<String> fields, String name, Object value) {
        if (value != null) {
            fields.add(name);
        }
    }
}
