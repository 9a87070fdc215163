package nl.noaber.identity;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

@Serdeable
record RefreshRequest(@NotBlank @Size(max = 100) String refreshToken) {
}
