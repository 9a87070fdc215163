package nl.noaber.notify;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A phone or browser of an account that can receive pushes. */
@MappedEntity("device")
record Device(@Id String installationId, String gemeente, long accountId, String fcmToken, Platform platform,
              String appVersion, String locale, Instant registeredAt, Instant updatedAt) {

    enum Platform { ANDROID, IOS, WEB }
}
