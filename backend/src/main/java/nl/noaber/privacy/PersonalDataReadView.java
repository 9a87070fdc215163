package nl.noaber.privacy;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

/** An audit row as admins (and, about themself, the person concerned) see it. */
@Serdeable
record PersonalDataReadView(long id, OffsetDateTime readAt, long readerId, String readerRole,
                            @Nullable Long personId, String subject, long subjectId, List<String> fields,
                            String purpose, @Nullable String traceId) {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    static PersonalDataReadView of(PersonalDataRead read) {
        return new PersonalDataReadView(read.id(), read.readAt().atZone(AMSTERDAM).toOffsetDateTime(), read.readerId(),
                read.readerRole(), read.personId(), read.subject(), read.subjectId(), List.of(read.fields()),
                read.purpose(), read.traceId());
    }
}
