package nl.noaber.request;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why the requester no longer needs help ("al geregeld", "opgenomen in ziekenhuis"). */
@Serdeable
record Cancellation(@NotBlank @Size(max = 500) String reason) {
}
