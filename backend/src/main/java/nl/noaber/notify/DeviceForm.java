package nl.noaber.notify;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A device as the app registers it; sent again whenever FCM gives the app a new token.
 *
 * @param locale the language of the notifications: {@code nl} or {@code en}
 */
@Serdeable
record DeviceForm(@NotBlank @Size(min = 8, max = 4096) @Pattern(regexp = "[\\x21-\\x7E]+", message = "must be an FCM token")
                  String fcmToken,
                  @NotNull Device.Platform platform,
                  @NotBlank @Size(max = 40) @Pattern(regexp = "[\\x20-\\x7E]+", message = "must be printable text") String appVersion,
                  @NotNull @Pattern(regexp = "nl|en", message = "must be nl or en") String locale) {
}
