package nl.noaber.identity;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.noaber.NameText;

import java.util.Set;

/** Self-registration of a resident, mantelzorger or volunteer. */
@Serdeable
record NewRegistration(@NotBlank @Pattern(regexp = "GM\\d{4}", message = "must be a CBS gemeente code like GM0150") String gemeente,
                       @NotBlank @Email @Size(max = 254) String email,
                       @NotNull @Size(min = 8, max = 128) String password,
                       @NotBlank @Size(max = 100) @NameText String displayName,
                       @NotEmpty Set<@NotNull Role> roles) {
}
