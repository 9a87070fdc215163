package nl.noaber.privacy;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.http.context.ServerRequestContext;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.noaber.InvalidInput;
import nl.noaber.ListPage;
import nl.noaber.PersonalDataWasRead;
import nl.noaber.identity.Caller;
import nl.noaber.privacy.PrivacyRepositories.PersonalDataReadRepository;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The audit of staff reads of personal data (docs/adr/019-privacy.md): written from
 * {@link PersonalDataWasRead}, which features publish inside the transaction of the read, so no
 * audit row means no data shown. Staff may say why in the {@code Access-Reason} header; otherwise
 * the purpose of the screen they used is recorded.
 */
@Singleton
public class PersonalDataReads {

    public static final String REASON_HEADER = "Access-Reason";
    private static final String REQUEST_ID_ATTRIBUTE = "noaber.request-id";
    private static final Pattern PLAIN_REASON = Pattern.compile("[\\p{L}\\p{N}\\p{P}\\p{Zs}\\p{Sm}\\p{Sc}]{1,200}");

    private final PersonalDataReadRepository reads;
    private final Clock clock;

    PersonalDataReads(PersonalDataReadRepository reads, Clock clock) {
        this.reads = reads;
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void record(PersonalDataWasRead read) {
        if (read.seen().isEmpty()) {
            return;
        }
        String why = statedReason().orElse(read.purpose());
        // The id web.RequestIdFilter checked or made for this request (never the raw header).
        String trace = ServerRequestContext.currentRequest()
                .flatMap(r -> r.getAttribute(REQUEST_ID_ATTRIBUTE, String.class)).orElse(null);
        Instant now = clock.instant();
        reads.saveAll(read.seen().stream()
                .map(s -> new PersonalDataRead(null, read.gemeente(), now, read.readerId(), read.readerRole(),
                        s.personId(), s.subject(), s.subjectId(), s.fields().toArray(String[]::new), why, trace))
                .toList());
    }

    /** The audit of one gemeente, newest first, optionally of one person or one reader. */
    @ReadOnly
    ListPage<PersonalDataReadView> page(Caller admin, @Nullable Long personId, @Nullable Long readerId,
                                        long beforeId, int limit) {
        return ListPage.of(reads.findPage(admin.gemeente(), personId, readerId, beforeId, limit + 1), limit,
                PersonalDataReadView::of, PersonalDataReadView::id);
    }

    /** Who read the data of this person: part of their own export (AVG art. 15). */
    @ReadOnly
    List<PersonalDataReadView> about(long personId) {
        return reads.findAboutPerson(personId).stream().map(PersonalDataReadView::of).toList();
    }

    /**
     * Header values are Latin-1 on the wire, so clients send anything else percent-encoded as UTF-8
     * ("%C3%A9%C3%A9n" for "één"); plain ASCII arrives as it is.
     */
    private static String decoded(String header) {
        try {
            return header.indexOf('%') < 0 ? header : URLDecoder.decode(header.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notPercentEncoded) {
            throw new InvalidInput(REASON_HEADER, "must be plain text, percent-encoded as UTF-8 beyond ASCII");
        }
    }

    private static Optional<String> statedReason() {
        return ServerRequestContext.currentRequest()
                .flatMap(r -> r.getHeaders().findFirst(REASON_HEADER))
                .map(PersonalDataReads::decoded)
                .map(String::strip)
                .map(reason -> {
                    if (!PLAIN_REASON.matcher(reason).matches()) {
                        throw new InvalidInput(REASON_HEADER, "must be 1 to 200 characters of plain text");
                    }
                    return reason;
                });
    }
}
