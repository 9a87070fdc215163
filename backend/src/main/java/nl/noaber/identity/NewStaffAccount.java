package nl.noaber.identity;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.noaber.NameText;

import java.util.Set;

/**
 * An account created by an admin or coordinator, in their own gemeente. The initial password is
 * handed over in person; the holder changes it with {@code PUT /me/password}.
 */
@Serdeable
record NewStaffAccount(@NotBlank @Email @Size(max = 254) String email,
                       @NotNull @Size(min = 8, max = 128) String initialPassword,
                       @NotBlank @Size(max = 100) @NameText String displayName,
                       @NotEmpty Set<@NotNull Role> roles) {
}
