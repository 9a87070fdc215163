package nl.noaber.notify;

import io.micronaut.serde.annotation.Serdeable;

import java.time.OffsetDateTime;

/** A registered device; the token is not shown back. */
@Serdeable
record DeviceView(String installationId, Device.Platform platform, String appVersion, String locale,
                  OffsetDateTime registeredAt, OffsetDateTime updatedAt) {
}
