package nl.noaber.matching;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import nl.noaber.FreeText;

/**
 * A coordinator's manual koppeling: offer the request to this volunteer (who still accepts).
 *
 * @param note why this volunteer, for the matching log (e.g. "called her, she can on Tuesday")
 */
@Serdeable
record ManualOfferForm(@NotNull @Positive Long volunteerId, @Nullable @Size(max = 500) @FreeText String note) {
}
