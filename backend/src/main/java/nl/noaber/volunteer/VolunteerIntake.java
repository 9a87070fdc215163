package nl.noaber.volunteer;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.time.LocalDate;

@MappedEntity("volunteer_intake")
record VolunteerIntake(@Id @GeneratedValue @Nullable Long id, String gemeente, long accountId, LocalDate heldOn,
                       long heldBy, Instant recordedAt) {
}
