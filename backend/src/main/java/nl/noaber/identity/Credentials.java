package nl.noaber.identity;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@Serdeable
record Credentials(@NotBlank @Size(max = 254) String email,
                   @NotNull @Size(max = 128) String password) {
}
