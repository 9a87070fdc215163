package nl.noaber.activity;

import io.micronaut.core.annotation.Nullable;
import nl.noaber.geo.RdPoint;

import java.time.Duration;

/**
 * Something that happened, as a feature reports it to the log. People are given as account ids
 * (or, for someone without an account, a natural key such as name and place); the log stores
 * only their keyed hashes. Built with {@link #of} and the {@code with…} steps, each of which
 * returns a new value.
 *
 * @param type        dotted, lower case: {@code volunteer.profile_saved}
 * @param actorId     who did it (account id), if a person
 * @param actorRole   the role they acted in, when it matters for the statistics ({@code VET_STAFF})
 * @param subjectId   whom it is about (account id), if a person with an account
 * @param subjectName whom it is about when they have no account (hashed like an account id)
 * @param mantelzorgerId the mantelzorger who asked for the request, when it was posted as one
 * @param elapsed     time since the request was posted
 * @param homeCell    the volunteer's home; the log keeps only the centre of its 250 m cell
 * @param category    what a zorgsignaal is about ({@code LONELINESS} …)
 * @param scores      outcome answers
 */
public record Happening(String gemeente, String type, @Nullable String wijk, @Nullable Long initiativeId,
                        @Nullable String kind, @Nullable String task, @Nullable Long actorId,
                        @Nullable String actorRole, @Nullable Long subjectId, @Nullable String subjectName,
                        @Nullable Long mantelzorgerId, @Nullable Integer minutes, @Nullable Integer meters,
                        @Nullable Duration elapsed, @Nullable RdPoint homeCell, @Nullable String category,
                        @Nullable Scores scores) {

    /**
     * A resident's answers to the three outcome questions, each 1–5 or null when skipped.
     */
    public record Scores(@Nullable Integer inTime, @Nullable Integer moreInControl, @Nullable Integer lessAlone) {
    }

    public static Happening of(String gemeente, String type) {
        return new Happening(gemeente, type, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** A happening about one person, done by that person or by a coordinator. */
    public static Happening about(String gemeente, String type, @Nullable String wijk, long actorId, long subjectId) {
        return of(gemeente, type).inWijk(wijk).by(actorId, null).aboutAccount(subjectId);
    }

    /** The same facts under another type: the next step of the same request. */
    public Happening as(String otherType) {
        return new Happening(gemeente, otherType, wijk, initiativeId, kind, task, actorId, actorRole, subjectId, subjectName,
                mantelzorgerId, minutes, meters, elapsed, homeCell, category, scores);
    }

    public Happening inWijk(@Nullable String wijkCode) {
        return new Happening(gemeente, type, wijkCode, initiativeId, kind, task, actorId, actorRole, subjectId, subjectName,
                mantelzorgerId, minutes, meters, elapsed, homeCell, category, scores);
    }

    public Happening forInitiative(@Nullable Long initiative, @Nullable String initiativeKind) {
        return new Happening(gemeente, type, wijk, initiative, initiativeKind, task, actorId, actorRole, subjectId, subjectName,
                mantelzorgerId, minutes, meters, elapsed, homeCell, category, scores);
    }

    public Happening withTask(@Nullable String taskType) {
        return new Happening(gemeente, type, wijk, initiativeId, kind, taskType, actorId, actorRole, subjectId, subjectName,
                mantelzorgerId, minutes, meters, elapsed, homeCell, category, scores);
    }

    public Happening by(@Nullable Long actor, @Nullable String role) {
        return new Happening(gemeente, type, wijk, initiativeId, kind, task, actor, role, subjectId, subjectName,
                mantelzorgerId, minutes, meters, elapsed, homeCell, category, scores);
    }

    public Happening aboutAccount(@Nullable Long subject) {
        return new Happening(gemeente, type, wijk, initiativeId, kind, task, actorId, actorRole, subject, null,
                mantelzorgerId, minutes, meters, elapsed, homeCell, category, scores);
    }

    public Happening aboutPerson(String naturalKey) {
        return new Happening(gemeente, type, wijk, initiativeId, kind, task, actorId, actorRole, null, naturalKey,
                mantelzorgerId, minutes, meters, elapsed, homeCell, category, scores);
    }

    public Happening askedByMantelzorger(@Nullable Long mantelzorger) {
        return new Happening(gemeente, type, wijk, initiativeId, kind, task, actorId, actorRole, subjectId, subjectName,
                mantelzorger, minutes, meters, elapsed, homeCell, category, scores);
    }

    public Happening measured(@Nullable Integer minutesSpent, @Nullable Integer metersDriven) {
        return new Happening(gemeente, type, wijk, initiativeId, kind, task, actorId, actorRole, subjectId, subjectName,
                mantelzorgerId, minutesSpent, metersDriven, elapsed, homeCell, category, scores);
    }

    public Happening after(@Nullable Duration sincePosted) {
        return new Happening(gemeente, type, wijk, initiativeId, kind, task, actorId, actorRole, subjectId, subjectName,
                mantelzorgerId, minutes, meters, sincePosted, homeCell, category, scores);
    }

    public Happening livingIn(@Nullable RdPoint cell) {
        return new Happening(gemeente, type, wijk, initiativeId, kind, task, actorId, actorRole, subjectId, subjectName,
                mantelzorgerId, minutes, meters, elapsed, cell, category, scores);
    }

    public Happening inCategory(@Nullable String signalCategory) {
        return new Happening(gemeente, type, wijk, initiativeId, kind, task, actorId, actorRole, subjectId, subjectName,
                mantelzorgerId, minutes, meters, elapsed, homeCell, signalCategory, scores);
    }

    public Happening scored(@Nullable Scores answers) {
        return new Happening(gemeente, type, wijk, initiativeId, kind, task, actorId, actorRole, subjectId, subjectName,
                mantelzorgerId, minutes, meters, elapsed, homeCell, category, answers);
    }
}
