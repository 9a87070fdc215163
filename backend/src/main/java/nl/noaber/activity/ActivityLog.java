package nl.noaber.activity;

import io.micronaut.context.annotation.Context;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import nl.noaber.database.DatabaseProperties;
import nl.noaber.database.GeneratedSecret;
import nl.noaber.geo.LocationBlur;
import nl.noaber.geo.RdPoint;

import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The append-only activity log. Features call {@link #record} inside the transaction of the
 * change itself, so the change and its event commit or roll back together. Made at start
 * ({@code @Context}), so a missing {@code NOABER_PSEUDONYM_KEY} stops the service at once instead
 * of failing its first write.
 */
@Context
public class ActivityLog {

    private final ActivityEventRepository events;
    private final JdbcOperations jdbc;
    private final Clock clock;
    private final PersonKeys keys;

    ActivityLog(ActivityEventRepository events, JdbcOperations jdbc, ActivityProperties properties, DatabaseProperties database,
                Clock clock) {
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
        String key = GeneratedSecret.resolve(properties.pseudonymKey(), "NOABER_PSEUDONYM_KEY", "pseudonym-key", database);
        this.keys = new PersonKeys(key);
    }

    /** Appends one event; must run inside the caller's transaction. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void record(Happening happening) {
        events.save(eventOf(happening, clock.instant()));
    }

    /** Something that happened earlier, at a known time. */
    public record Past(Happening happening, Instant at) {
    }

    /**
     * Appends events from before this installation (an earlier registration, or the demo's
     * history), in one batch; must run inside the caller's transaction.
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void importHistory(List<Past> history) {
        events.saveAll(history.stream().map(p -> eventOf(p.happening(), p.at())).toList());
        // A bulk import changes the table's shape at once; without fresh statistics the planner
        // takes the first rollup's aggregation for a tiny table and nests loops (seconds instead of ms).
        jdbc.prepareStatement("ANALYZE activity_event", PreparedStatement::execute);
    }

    private ActivityEvent eventOf(Happening h, Instant at) {
        String subjectKey = h.subjectName() == null ? keys.account(h.subjectId()) : keys.person(h.subjectName());
        RdPoint cell = h.homeCell() == null ? null : LocationBlur.cellCentre(h.homeCell());
        return new ActivityEvent(null, h.gemeente(), at, h.type(), h.wijk(), h.initiativeId(), h.kind(),
                keys.account(h.actorId()), subjectKey, h.minutes(), h.meters(), h.task(), h.actorRole(),
                keys.account(h.mantelzorgerId()), h.elapsed() == null ? null : Math.max(0, h.elapsed().toSeconds()),
                cell == null ? null : (int) cell.x(), cell == null ? null : (int) cell.y(), h.category(),
                h.scores() == null ? null : h.scores().inTime(), h.scores() == null ? null : h.scores().moreInControl(),
                h.scores() == null ? null : h.scores().lessAlone());
    }

    /** When anything last happened in an initiative, if ever. */
    @ReadOnly
    public Optional<Instant> lastActivityOf(String gemeente, long initiativeId) {
        return events.findMaxOccurredAtByGemeenteAndInitiativeId(gemeente, initiativeId);
    }

    /** The keyed hash that stands for a person in the log; stable, not reversible without the key. */
    String personKey(Long accountId) {
        return keys.account(accountId);
    }
}
