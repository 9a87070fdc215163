package nl.noaber.matching;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A volunteer near a request who was not offered it in a wave, and why not. */
@MappedEntity("passed_over")
record PassedOver(@Id @GeneratedValue @Nullable Long id, String gemeente, long requestId, int wave, long volunteerId,
                  int distanceMeters, String reasons, Instant notedAt) {
}
