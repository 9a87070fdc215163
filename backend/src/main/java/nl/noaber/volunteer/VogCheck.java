package nl.noaber.volunteer;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.time.LocalDate;

@MappedEntity("vog_check")
record VogCheck(@Id @GeneratedValue @Nullable Long id, String gemeente, long accountId, LocalDate issuedOn,
                String screeningProfile, long checkedBy, Instant checkedAt) {
}
