package nl.noaber.notify;

import io.micronaut.http.HttpStatus;
import nl.noaber.NoaberProblem;

final class DeviceNotFound extends NoaberProblem {

    DeviceNotFound(String installationId) {
        super("device-not-found", HttpStatus.NOT_FOUND, "Device not found",
                "You have no device registered as " + installationId);
    }
}
