package nl.noaber.activity;

import io.micronaut.core.annotation.Nullable;

/**
 * Something that happened, as a feature reports it to the log. People are given as account ids;
 * the log stores only their keyed hashes.
 *
 * @param type      dotted, lower case: {@code volunteer.profile_saved}
 * @param actorId   who did it (account id), if a person
 * @param subjectId whom it is about (account id), if a person
 */
public record Happening(String gemeente, String type, @Nullable String wijk, @Nullable Long initiativeId,
                        @Nullable String kind, @Nullable Long actorId, @Nullable Long subjectId,
                        @Nullable Integer minutes, @Nullable Integer meters) {

    /** A happening about one person, done by that person or by a coordinator. */
    public static Happening about(String gemeente, String type, @Nullable String wijk, long actorId, long subjectId) {
        return new Happening(gemeente, type, wijk, null, null, actorId, subjectId, null, null);
    }
}
