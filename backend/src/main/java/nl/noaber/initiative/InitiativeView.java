package nl.noaber.initiative;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import nl.noaber.geo.WijkRef;

import java.time.OffsetDateTime;
import java.util.List;

@Serdeable
public record InitiativeView(long id, InitiativeKind kind, String name, @Nullable String description,
                             @Nullable String contactEmail, @Nullable String contactPhone, List<WijkRef> wijken,
                             MatchingPolicy policy, List<Long> coordinators, int activeMembers,
                             OffsetDateTime createdAt) {
}
