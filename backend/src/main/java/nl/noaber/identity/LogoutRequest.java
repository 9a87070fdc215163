package nl.noaber.identity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** @param installationId the phone's installation (as registered under /me/devices): its pushes stop */
@Serdeable
record LogoutRequest(@NotBlank @Size(max = 100) String refreshToken,
                     @Nullable @Pattern(regexp = "[A-Za-z0-9._:-]{8,128}", message = "must be an installation id") String installationId) {
}
