package nl.noaber.volunteer;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

@MappedEntity("volunteer_capacity")
record VolunteerCapacity(@Id @GeneratedValue @Nullable Long id, long accountId, String gemeente,
                         Capacity capacity, int maxRadiusMeters) {
}
