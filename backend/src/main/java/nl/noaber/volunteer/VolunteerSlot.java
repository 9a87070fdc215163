package nl.noaber.volunteer;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalTime;

@MappedEntity("volunteer_slot")
record VolunteerSlot(@Id @GeneratedValue @Nullable Long id, long accountId, String gemeente,
                     short dayOfWeek, LocalTime fromTime, LocalTime untilTime) {
}
