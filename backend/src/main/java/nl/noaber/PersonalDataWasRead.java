package nl.noaber;

import io.micronaut.core.annotation.Nullable;

import java.util.List;

/**
 * Staff were shown a person's data. Features publish it synchronously, inside the transaction of
 * the read; the privacy package writes it to the audit there, so no audit row means no data shown
 * (docs/adr/019-privacy.md). An event, so that identity and the features need not know privacy.
 *
 * @param readerRole the staff role the reader read in (ADMIN, COORDINATOR or VET_STAFF)
 * @param purpose    what the screen is for; the reader's own {@code Access-Reason} replaces it
 */
public record PersonalDataWasRead(long readerId, String gemeente, String readerRole, String purpose, List<Seen> seen) {

    /**
     * @param subject  the kind of record, e.g. {@code help_request}
     * @param personId whose data it is; null for someone without an account (posted on their behalf)
     * @param fields   the personal fields shown, as the API names them
     */
    public record Seen(String subject, long subjectId, @Nullable Long personId, List<String> fields) {
    }
}
