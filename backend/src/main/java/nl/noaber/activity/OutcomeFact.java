package nl.noaber.activity;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;

/**
 * The outcome answers to one question in one period, wijk and kind ({@code activity_outcome_facts}):
 * {@code respondents} answered the form, {@code answers} this question (not skipped), with
 * {@code scoreSum} and {@code high} (how many answered 4 or 5).
 */
@Introspected
public record OutcomeFact(LocalDate periodStart, @Nullable String wijk, @Nullable String kind, boolean allWijken,
                          boolean allKinds, String question, long respondents, long answers, long scoreSum, long high) {
}
