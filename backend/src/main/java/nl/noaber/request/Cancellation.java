package nl.noaber.request;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.noaber.FreeText;

/** Why the requester no longer needs help ("al geregeld", "opgenomen in ziekenhuis"). */
@Serdeable
record Cancellation(@NotBlank @Size(max = 500) @FreeText String reason) {
}
