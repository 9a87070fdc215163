package nl.noaber.signal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.noaber.FreeText;

import java.util.List;

/** What clients send: a new signal, a follow-up, a VET staff member's wijken, outcome answers. */
final class SignalForms {

    private SignalForms() {
    }

    @Serdeable
    record NewSignal(@NotNull SignalEnums.Category category,
                     @NotNull SignalEnums.Urgency urgency,
                     @Nullable @Size(max = 500) @FreeText String note) {
    }

    /** {@code close}: the signal is picked up and the volunteer hears so; otherwise it stays IN_PROGRESS. */
    @Serdeable
    record FollowUp(@NotNull SignalEnums.FollowUp followUp,
                    @Nullable @Size(max = 500) @FreeText String note,
                    boolean close) {
    }

    @Serdeable
    record Wijken(@NotNull @Size(max = 100) List<@NotNull @Pattern(regexp = "WK\\d{6}", message = "must be a CBS wijk code like WK015006") String> wijken) {
    }

    /** Each 1–5, or null/absent when the person skipped the question. */
    @Serdeable
    record Outcome(@Nullable @Min(1) @Max(5) Integer inTime,
                   @Nullable @Min(1) @Max(5) Integer moreInControl,
                   @Nullable @Min(1) @Max(5) Integer lessAlone) {
    }
}
