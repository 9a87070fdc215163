package nl.noaber.signal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import nl.noaber.geo.WijkRef;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

/** What the API shows of signals, per audience. */
final class SignalViews {

    private SignalViews() {
    }

    /** A number to call, shown at once with an URGENT_SAFETY signal. */
    @Serdeable
    record EmergencyNumber(String number, String label) {
    }

    /** 112 first: an urgent worry about someone's safety does not wait for a queue. */
    static final List<EmergencyNumber> EMERGENCY = List.of(
            new EmergencyNumber("112", "Levensgevaar of spoed: politie, brandweer, ambulance"),
            new EmergencyNumber("0900-8844", "Politie, geen spoed"));

    /**
     * What the volunteer who raised a signal sees: that it was received and, once closed, that it
     * was picked up — never the follow-up itself.
     */
    @Serdeable
    record Receipt(long id, long requestId, SignalEnums.Category category, SignalEnums.Urgency urgency,
                   Progress progress, OffsetDateTime raisedAt, @Nullable OffsetDateTime pickedUpAt,
                   @Nullable List<EmergencyNumber> emergencyNumbers) {

        static Receipt of(CareSignal s, ZoneId zone, boolean withNumbers) {
            boolean closed = s.status() == SignalEnums.Status.CLOSED;
            return new Receipt(s.id(), s.requestId(), s.category(), s.urgency(), closed ? Progress.PICKED_UP : Progress.RECEIVED,
                    s.raisedAt().atZone(zone).toOffsetDateTime(),
                    closed ? s.closedAt().atZone(zone).toOffsetDateTime() : null,
                    withNumbers && s.urgency() == SignalEnums.Urgency.URGENT_SAFETY ? EMERGENCY : null);
        }
    }

    /** RECEIVED: in the VET queue; PICKED_UP: a VET staff member closed it (what they did is not shown). */
    enum Progress { RECEIVED, PICKED_UP }

    /** A signal as VET staff and coordinators see it; {@code person} only in the detail (an audited read). */
    @Serdeable
    record StaffView(long id, long requestId, @Nullable WijkRef wijk, SignalEnums.Category category,
                     SignalEnums.Urgency urgency, SignalEnums.Status status, @Nullable String note,
                     @Nullable SignalEnums.FollowUp followUp, @Nullable String followUpNote, @Nullable Long handledBy,
                     OffsetDateTime raisedAt, @Nullable OffsetDateTime pickedUpAt, @Nullable OffsetDateTime closedAt,
                     @Nullable Person person) {
    }

    /** Who the signal is about, for the VET to make contact. */
    @Serdeable
    record Person(String name, @Nullable String addressLine, boolean hasAccount, @Nullable Long accountId) {
    }

    @Serdeable
    record Team(long accountId, List<String> wijken) {
    }

    @Serdeable
    record OutcomeView(long requestId, @Nullable Integer inTime, @Nullable Integer moreInControl, @Nullable Integer lessAlone,
                       boolean onBehalf, OffsetDateTime answeredAt) {
    }
}
