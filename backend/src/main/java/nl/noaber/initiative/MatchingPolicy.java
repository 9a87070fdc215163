package nl.noaber.initiative;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * How an initiative wants its requests matched; shown to coordinators and volunteers as is
 * (DESIGN decision 7). Timeouts are per urgency: how long one wave of offers waits before the
 * next, wider wave goes out. With {@code acceptsNeighbouringVolunteers}, volunteers of a
 * neighbouring gemeente who opted in are searched too.
 */
@Serdeable
public record MatchingPolicy(@Min(100) @Max(50_000) int radiusMeters,
                             @Min(1) @Max(50) int offerBatchSize,
                             @Min(1) @Max(1_440) int waveTimeoutUrgentMinutes,
                             @Min(1) @Max(10_080) int waveTimeoutNormalMinutes,
                             @Min(1) @Max(20_160) int waveTimeoutLowMinutes,
                             boolean verificationRequired,
                             @Min(1) @Max(120) int vogRenewalMonths,
                             @Nullable @Min(0) @Max(720) Integer rideLeadTimeHours,
                             @Nullable @Min(0) @Max(500) Integer kmAllowanceCents,
                             boolean acceptsNeighbouringVolunteers) {
}
