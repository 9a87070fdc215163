package nl.noaber.notify;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.util.Map;

/**
 * Something one account should hear about.
 *
 * @param params    ids ({@code requestId}, {@code offerId}) and text values ({@code task}: a task code,
 *                  {@code when}: an ISO instant or {@code ASAP}; {@code day}: an ISO date);
 *                  ids go into the push data payload, text values into the title and body
 * @param urgent    may break quiet hours and gets high push priority
 * @param expiresAt no use delivering after this (an offer's answer time); also the push TTL
 * @param dedupeKey a notice with a key already used is dropped — jobs that run twice notify once
 */
public record Notice(String gemeente, long accountId, NoticeType type, Map<String, String> params, boolean urgent,
                     @Nullable Instant expiresAt, @Nullable String dedupeKey) {

    /** The {@code when} of help wanted as soon as possible. */
    public static final String ASAP = Texts.ASAP;

    /** The {@code when} of a moment. */
    public static String when(@Nullable Instant moment) {
        return moment == null ? ASAP : moment.toString();
    }

    public static Notice of(String gemeente, long accountId, NoticeType type, Map<String, String> params) {
        return new Notice(gemeente, accountId, type, params, false, null, null);
    }
}
