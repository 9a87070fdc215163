package nl.noaber.notify;

import io.micronaut.http.HttpStatus;
import nl.noaber.NoaberProblem;

final class NotificationNotFound extends NoaberProblem {

    NotificationNotFound(long id) {
        super("notification-not-found", HttpStatus.NOT_FOUND, "Notification not found", "You have no notification " + id);
    }
}
