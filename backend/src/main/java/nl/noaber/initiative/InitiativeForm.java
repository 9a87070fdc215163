package nl.noaber.initiative;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.noaber.FreeText;
import nl.noaber.NameText;

import java.util.List;

/** An initiative as a coordinator creates or edits it; a missing policy takes the kind's defaults. */
@Serdeable
record InitiativeForm(@NotNull InitiativeKind kind,
                      @NotBlank @Size(max = 120) @NameText String name,
                      @Nullable @Size(max = 2000) @FreeText String description,
                      @Nullable @Email @Size(max = 254) String contactEmail,
                      @Nullable @Pattern(regexp = "[+0-9 ()-]{6,30}", message = "must be a phone number") String contactPhone,
                      @NotEmpty @Size(max = 50) List<@NotNull @Pattern(regexp = "WK\\d{6}", message = "must be a CBS wijk code like WK015006") String> wijken,
                      @Nullable @Valid MatchingPolicy policy) {
}
