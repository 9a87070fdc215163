package nl.noaber.signal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A zorgsignaal row: a volunteer's worry about the person they helped. */
@MappedEntity("care_signal")
record CareSignal(@Id @GeneratedValue @Nullable Long id,
                  String gemeente,
                  long requestId,
                  @Nullable String wijk,
                  @Nullable Long personId,
                  long raisedBy,
                  SignalEnums.Category category,
                  SignalEnums.Urgency urgency,
                  @Nullable String note,
                  SignalEnums.Status status,
                  @Nullable SignalEnums.FollowUp followUp,
                  @Nullable String followUpNote,
                  @Nullable Long handledBy,
                  Instant raisedAt,
                  @Nullable Instant pickedUpAt,
                  @Nullable Instant closedAt,
                  @Nullable Instant anonymisedAt) {
}
