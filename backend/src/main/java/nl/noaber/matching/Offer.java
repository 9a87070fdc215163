package nl.noaber.matching;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** One request offered to one volunteer, with why they were chosen — by a wave, or by a coordinator ({@code offeredBy}). */
@MappedEntity("offer")
record Offer(@Id @GeneratedValue @Nullable Long id, String gemeente, long requestId, long volunteerId, long requesterId,
             int wave, Status status, int distanceMeters, String reasons, Instant offeredAt, Instant answerBy,
             @Nullable Instant decidedAt, @Nullable Long offeredBy) {

    enum Status { OPEN, ACCEPTED, DECLINED, WITHDRAWN, EXPIRED }
}
