package nl.noaber.identity;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@Serdeable
record PasswordChange(@NotNull @Size(max = 128) String currentPassword,
                      @NotNull @Size(min = 8, max = 128) String newPassword) {
}
