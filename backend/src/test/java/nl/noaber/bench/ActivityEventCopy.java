package nl.noaber.bench;

import nl.noaber.activity.PersonKeys;
import nl.noaber.geo.LocationBlur;
import nl.noaber.geo.RdPoint;
import org.postgresql.copy.CopyManager;

import java.time.Duration;
import java.time.Instant;

/**
 * Writes activity_event rows shaped as the service logs them (RequestEvents, VolunteerService,
 * Voorzorgcirkels): people only as {@link PersonKeys}, the wait since posting on the events that
 * measure it, minutes and metres on {@code request.done}, a volunteer's home only as the centre of
 * its 250 m cell. COPY fires the log's statement trigger, so the days are noted for the rollup job
 * exactly as for the service's own inserts.
 */
final class ActivityEventCopy {

    /** What every event about one help request carries (RequestEvents.of). */
    record RequestFacts(String gemeente, String wijk, long initiativeId, String kind, String task, String subjectKey,
                        String mantelzorgerKey, Instant postedAt) {
    }

    private final TableCopy rows;
    private final PersonKeys keys;

    ActivityEventCopy(CopyManager copy, PersonKeys keys) {
        this.rows = new TableCopy(copy, "activity_event", "gemeente, occurred_at, type, wijk, initiative_id, kind, task, actor_key, "
                + "actor_role, subject_key, mantelzorger_key, minutes, meters, elapsed_seconds, home_cell_x, home_cell_y");
        this.keys = keys;
    }

    TableCopy table() {
        return rows;
    }

    PersonKeys keys() {
        return keys;
    }

    /** request.posted: by the poster, in the role they posted in. */
    void posted(RequestFacts r, long posterId, String postedAs) {
        request(r, "request.posted", r.postedAt(), keys.account(posterId), postedAs, r.subjectKey(), null, null, null);
    }

    /** accepted, escalated, expired: the service records them with the wait since posting (RequestEvents.since). */
    void afterWait(RequestFacts r, String type, Instant at, Long actorId) {
        request(r, type, at, keys.account(actorId), null, r.subjectKey(), null, null, waitOf(r, at));
    }

    void done(RequestFacts r, Instant at, long volunteerId, int minutes, Integer meters) {
        request(r, "request.done", at, keys.account(volunteerId), null, r.subjectKey(), minutes, meters, waitOf(r, at));
    }

    void cancelled(RequestFacts r, Instant at, long requesterId) {
        request(r, "request.cancelled", at, keys.account(requesterId), null, r.subjectKey(), null, null, null);
    }

    /** The requester's confirmation is about the volunteer: they are the subject (TaskCompletion.confirm). */
    void confirmed(RequestFacts r, Instant at, long requesterId, long volunteerId, boolean helpedWell) {
        request(r, helpedWell ? "request.confirmed" : "request.confirmed_unhappy", at, keys.account(requesterId), null,
                keys.account(volunteerId), null, null, null);
    }

    /** volunteer.joined with the 250 m cell of the home, for the Goede Buren coverage. */
    void joined(String gemeente, String wijk, long volunteerId, RdPoint home, Instant at) {
        String key = keys.account(volunteerId);
        RdPoint cell = LocationBlur.cellCentre(home);
        rows.col(gemeente).col(at).col("volunteer.joined").col(wijk).col(null).col(null).col(null).col(key).col(null)
                .col(key).col(null).col(null).col(null).col(null).col((int) cell.x()).col((int) cell.y()).endRow();
    }

    /** cirkel.started / cirkel.joined: no wijk, the circle's initiative (Voorzorgcirkels.record). */
    void cirkel(String gemeente, String type, long initiativeId, long memberId, Instant at) {
        String key = keys.account(memberId);
        rows.col(gemeente).col(at).col(type).col(null).col(initiativeId).col("VOORZORGCIRKEL").col(null).col(key).col(null)
                .col(key).col(null).col(null).col(null).col(null).col(null).col(null).endRow();
    }

    void flush() {
        rows.flush();
    }

    private void request(RequestFacts r, String type, Instant at, String actorKey, String actorRole, String subjectKey,
                         Integer minutes, Integer meters, Long elapsedSeconds) {
        rows.col(r.gemeente()).col(at).col(type).col(r.wijk()).col(r.initiativeId()).col(r.kind()).col(r.task()).col(actorKey)
                .col(actorRole).col(subjectKey).col(r.mantelzorgerKey()).col(minutes).col(meters).col(elapsedSeconds)
                .col(null).col(null).endRow();
    }

    private static long waitOf(RequestFacts r, Instant at) {
        return Math.max(0, Duration.between(r.postedAt(), at).toSeconds());
    }
}
