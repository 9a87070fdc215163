package nl.noaber.volunteer;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDate;

@MappedEntity("volunteer_absence")
record VolunteerAbsence(@Id @GeneratedValue @Nullable Long id, long accountId, String gemeente,
                        LocalDate fromDate, LocalDate untilDate) {
}
