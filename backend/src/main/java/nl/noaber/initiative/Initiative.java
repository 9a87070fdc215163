package nl.noaber.initiative;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

@MappedEntity("initiative")
record Initiative(@Id @GeneratedValue @Nullable Long id,
                  String gemeente,
                  InitiativeKind kind,
                  String name,
                  @Nullable String description,
                  @Nullable String contactEmail,
                  @Nullable String contactPhone,
                  int radiusMeters,
                  int offerBatchSize,
                  int waveTimeoutUrgentMinutes,
                  int waveTimeoutNormalMinutes,
                  int waveTimeoutLowMinutes,
                  boolean verificationRequired,
                  int vogRenewalMonths,
                  @Nullable Integer rideLeadTimeHours,
                  @Nullable Integer kmAllowanceCents,
                  boolean acceptsNeighbouringVolunteers,
                  long createdBy,
                  Instant createdAt,
                  Instant updatedAt) {

    static Initiative of(@Nullable Long id, String gemeente, InitiativeForm form, MatchingPolicy p, long createdBy,
                         Instant createdAt, Instant now) {
        return new Initiative(id, gemeente, form.kind(), form.name().strip(), form.description(), form.contactEmail(),
                form.contactPhone(), p.radiusMeters(), p.offerBatchSize(), p.waveTimeoutUrgentMinutes(),
                p.waveTimeoutNormalMinutes(), p.waveTimeoutLowMinutes(), p.verificationRequired(), p.vogRenewalMonths(),
                p.rideLeadTimeHours(), p.kmAllowanceCents(), p.acceptsNeighbouringVolunteers(), createdBy, createdAt, now);
    }

    MatchingPolicy policy() {
        return new MatchingPolicy(radiusMeters, offerBatchSize, waveTimeoutUrgentMinutes, waveTimeoutNormalMinutes,
                waveTimeoutLowMinutes, verificationRequired, vogRenewalMonths, rideLeadTimeHours, kmAllowanceCents,
                acceptsNeighbouringVolunteers);
    }
}
