package nl.noaber.signal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** The requester's answers to the three outcome questions of one DONE request; null = skipped. */
@MappedEntity("outcome_answer")
record OutcomeAnswer(@Id long requestId,
                     String gemeente,
                     long answeredBy,
                     boolean onBehalf,
                     @Nullable Integer inTime,
                     @Nullable Integer moreInControl,
                     @Nullable Integer lessAlone,
                     Instant answeredAt) {
}
