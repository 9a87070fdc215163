package nl.noaber.activity;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;

/**
 * How many zorgsignalen were raised in one period, wijk and category ({@code activity_signal_facts}).
 * {@code allWijken}: the gemeente as a whole; {@code allCategories}: every category together.
 */
@Introspected
public record SignalFact(LocalDate periodStart, @Nullable String wijk, @Nullable String category, boolean allWijken,
                         boolean allCategories, long signals) {
}
