package nl.noaber.request;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import nl.noaber.FreeText;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** Bodies and answers of finishing a task. */
final class CompletionForms {

    private CompletionForms() {
    }

    /** What the volunteer logs: time spent and, for rides, the km driven from their own door. */
    @Serdeable
    record Completion(@Min(1) @Max(1440) int minutesSpent,
                      @Nullable @DecimalMin("0.0") @DecimalMax("2000.0") BigDecimal kmDriven) {
    }

    /** The requester's confirmation, with short, optional feedback. */
    @Serdeable
    record Confirmation(boolean helpedWell, @Nullable @Size(max = 500) @FreeText String feedback) {
    }

    /** How a request ended, shown to its requester, its volunteer and staff. */
    @Serdeable
    record CompletionView(int minutesSpent, @Nullable BigDecimal kmDriven, @Nullable Integer allowanceCents,
                          OffsetDateTime completedAt, @Nullable OffsetDateTime confirmedAt,
                          @Nullable Boolean helpedWell, @Nullable String feedback) {
    }
}
