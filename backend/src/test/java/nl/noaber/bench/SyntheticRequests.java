package nl.noaber.bench;

import nl.noaber.activity.PersonKeys;
import nl.noaber.bench.ActivityEventCopy.RequestFacts;
import org.postgresql.copy.CopyManager;

import java.time.Instant;
import java.util.SplittableRandom;

/**
 * The help requests of the whole history and their activity events. Each request is drawn
 * ({@link RequestDraw}), its fate drawn ({@link RequestFate}), and then seen as of the end of the
 * history: events after it are not written and the status is the one reached by then, so old
 * requests are done, expired or cancelled and the last days still have open and accepted ones.
 */
final class SyntheticRequests {

    private static final int STREAM = 4;

    private final TableCopy requests;
    private final ActivityEventCopy events;
    private final Instant until;

    private SyntheticRequests(CopyManager copy, ActivityEventCopy events, Instant until) {
        this.requests = new TableCopy(copy, "help_request", "id, gemeente, kind, task, initiative_id, requester_id, posted_as, "
                + "for_person_name, person_needs, consent_given_by, consent_at, consent_method, lat, lon, x, y, wijk, description, "
                + "urgency, window_start, window_end, destination_lat, destination_lon, destination_x, destination_y, destination_line, "
                + "appointment_at, return_pickup_at, walker, wheelchair, passengers, recurrence, recurrence_until, status, cancel_reason, "
                + "created_at, status_changed_at, assigned_volunteer_id, minutes_spent, km_driven, allowance_cents, completed_at, "
                + "confirmed_at, helped_well");
        this.events = events;
        this.until = until;
    }

    static void write(PopulationPlan plan, RequestDraw draw, VolunteerHomes volunteers, CopyManager copy, long firstId,
                      ActivityEventCopy events, RowCounts counts) {
        SyntheticRequests out = new SyntheticRequests(copy, events, plan.until().atStartOfDay(PopulationPlan.AMSTERDAM).toInstant());
        SplittableRandom random = plan.stream(STREAM);
        long total = Math.round(plan.residents() * plan.requestsPerResidentYear() * plan.years());
        long eventsBefore = events.table().rows();
        Progress progress = new Progress("help requests", total);
        for (long i = 0; i < total; i++) {
            RequestDraft draft = draw.next(firstId + i, random);
            out.write(draft, RequestFate.draw(draft, volunteers, random), volunteers);
            progress.at(i + 1, out.requests.rows() + events.table().rows() - eventsBefore);
        }
        out.requests.flush();
        counts.add(out.requests);
    }

    private void write(RequestDraft r, RequestFate fate, VolunteerHomes volunteers) {
        String subjectKey = r.forPersonName() == null ? events.keys().account(r.requesterId())
                : events.keys().person(PersonKeys.naturalKey(r.forPersonName(), r.place().x(), r.place().y()));
        RequestFacts facts = new RequestFacts(r.place().gemeente(), r.place().wijk(), r.initiativeId(), r.kind().name(), r.task(),
                subjectKey, r.postedAs().equals("MANTELZORGER") ? events.keys().account(r.requesterId()) : null, r.postedAt());
        Long volunteer = fate.volunteer < 0 ? null : volunteers.ids[fate.volunteer];
        events.posted(facts, r.requesterId(), r.postedAs());
        String status = volunteer == null ? "OPEN" : "OFFERED";
        Instant changed = r.postedAt();
        if (seen(fate.escalatedAt)) {
            events.afterWait(facts, "request.escalated", fate.escalatedAt, null);
            status = "ESCALATED";
            changed = fate.escalatedAt;
        }
        boolean accepted = seen(fate.acceptedAt);
        if (accepted) {
            events.afterWait(facts, "request.accepted", fate.acceptedAt, volunteer);
            status = "ACCEPTED";
            changed = fate.acceptedAt;
        }
        boolean done = seen(fate.doneAt);
        if (done) {
            events.done(facts, fate.doneAt, volunteer, fate.minutes, fate.km == null ? null : fate.km.movePointRight(3).intValue());
            status = "DONE";
            changed = fate.doneAt;
        }
        boolean confirmed = done && seen(fate.confirmedAt);
        if (confirmed) {
            events.confirmed(facts, fate.confirmedAt, r.requesterId(), volunteer, fate.helpedWell);
        }
        if (seen(fate.cancelledAt)) {
            events.cancelled(facts, fate.cancelledAt, r.requesterId());
            status = "CANCELLED";
            changed = fate.cancelledAt;
        }
        if (seen(fate.expiredAt)) {
            events.afterWait(facts, "request.expired", fate.expiredAt, null);
            status = "EXPIRED";
            changed = fate.expiredAt;
        }
        boolean vet = r.postedAs().equals("VET_STAFF");
        requests.col(r.id()).col(r.place().gemeente()).col(r.kind().name()).col(r.task()).col(r.initiativeId()).col(r.requesterId())
                .col(r.postedAs()).col(r.forPersonName()).col(r.kind().name().equals("RESPIJT") ? "Gezelschap; kan niet alleen blijven" : null)
                .col(vet ? r.forPersonName() : null).col(vet ? r.postedAt() : null).col(vet ? "VERBAL" : null)
                .col(r.place().lat()).col(r.place().lon()).col(r.place().x()).col(r.place().y()).col(r.place().wijk())
                .col("Synthetisch verzoek " + r.id()).col(r.urgency()).col(r.windowStart()).col(r.windowEnd());
        if (r.destination() == null) {
            requests.col(null).col(null).col(null).col(null).col(null).col(null).col(null).col(null).col(null).col(null);
        } else {
            // Walker and wheelchair from the id, not the random stream: about 1 in 7 and 1 in 23 rides, and
            // adding them did not shift any other draw.
            requests.col(r.destination().lat()).col(r.destination().lon()).col(r.destination().x()).col(r.destination().y())
                    .col("Bestemming " + r.destination().wijk()).col(r.appointmentAt()).col(r.returnPickupAt()).col(r.id() % 7 == 0)
                    .col(r.id() % 23 == 0).col(1);
        }
        requests.col(r.recurrence()).col(r.recurrence() == null || r.recurrence().equals("NONE") ? null
                        : r.windowStart().atZone(PopulationPlan.AMSTERDAM).toLocalDate().plusWeeks(8))
                .col(status).col(status.equals("CANCELLED") ? "Niet meer nodig" : null).col(r.postedAt()).col(changed)
                .col(accepted ? volunteer : null).col(done ? fate.minutes : null).col(done ? fate.km : null)
                .col(done ? fate.allowanceCents : null).col(done ? fate.doneAt : null).col(confirmed ? fate.confirmedAt : null)
                .col(confirmed ? fate.helpedWell : null).endRow();
    }

    /** Whether a moment lies within the history (before its end). */
    private boolean seen(Instant at) {
        return at != null && at.isBefore(until);
    }
}
