package nl.noaber.activity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

@MappedEntity("activity_event")
record ActivityEvent(@Id @GeneratedValue @Nullable Long id,
                     String gemeente,
                     Instant occurredAt,
                     String type,
                     @Nullable String wijk,
                     @Nullable Long initiativeId,
                     @Nullable String kind,
                     @Nullable String actorKey,
                     @Nullable String subjectKey,
                     @Nullable Integer minutes,
                     @Nullable Integer meters,
                     @Nullable String task,
                     @Nullable String actorRole,
                     @Nullable String mantelzorgerKey,
                     @Nullable Long elapsedSeconds,
                     @Nullable Integer homeCellX,
                     @Nullable Integer homeCellY,
                     @Nullable String category,
                     @Nullable Integer scoreInTime,
                     @Nullable Integer scoreInControl,
                     @Nullable Integer scoreLessAlone) {
}
