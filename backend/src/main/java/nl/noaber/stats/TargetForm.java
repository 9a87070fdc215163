package nl.noaber.stats;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;

/** A goal for one metric in one wijk; shares are between 0 and 1, hours and counts plain numbers. */
@Serdeable
record TargetForm(@NotNull @DecimalMin("0") @DecimalMax("1000000") @Digits(integer = 7, fraction = 3) BigDecimal goal) {
}
