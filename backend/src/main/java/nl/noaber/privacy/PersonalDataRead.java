package nl.noaber.privacy;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;

import java.time.Instant;

/** One row of the audit: a staff member read some of a person's data (append-only, V21). */
@MappedEntity("personal_data_read")
record PersonalDataRead(@Id @GeneratedValue @Nullable Long id,
                        String gemeente,
                        Instant readAt,
                        long readerId,
                        String readerRole,
                        @Nullable Long personId,
                        String subject,
                        long subjectId,
                        @TypeDef(type = DataType.STRING_ARRAY) String[] fields,
                        String purpose,
                        @Nullable String traceId) {
}
