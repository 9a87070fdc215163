package nl.noaber.activity;

import io.micronaut.core.annotation.Introspected;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One aggregate of the activity log: {@code fact} (posted, residents_helped, accept_p50 …) for a
 * period, wijk ({@code ""} = whole gemeente, {@code "-"} = outside every wijk) and kind
 * ({@code ""} = all kinds); {@code detail} is the task type for the by-task facts, else empty.
 */
@Introspected
public record ReachFact(LocalDate periodStart, String wijk, String kind, String fact, String detail, BigDecimal value) {

    public static final String WHOLE_GEMEENTE = "";
    public static final String ALL_KINDS = "";
}
