package nl.noaber.matching;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import nl.noaber.geo.BlurredLocation;
import nl.noaber.initiative.InitiativeKind;

import java.time.OffsetDateTime;

/** An offer as the volunteer sees it: what and when, and where only blurred. */
@Serdeable
public record OfferView(long id, long requestId, InitiativeKind kind, String status, int wave,
                        @Nullable BlurredLocation where, OffsetDateTime offeredAt, OffsetDateTime answerBy) {
}
