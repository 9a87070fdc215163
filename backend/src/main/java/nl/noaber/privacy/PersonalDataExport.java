package nl.noaber.privacy;

import io.micronaut.serde.annotation.Serdeable;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * Everything Noaber holds about the caller (AVG art. 15 and 20): one section per feature, plus who
 * among staff read their data and why.
 */
@Serdeable
record PersonalDataExport(long accountId, OffsetDateTime exportedAt, Map<String, Object> sections,
                          List<PersonalDataReadView> readsByStaff) {
}
