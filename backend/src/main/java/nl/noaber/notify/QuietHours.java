package nl.noaber.notify;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * A daily period without pushes, in local time; it may wrap midnight (22:00–08:00). A push that
 * falls inside waits until the end, unless urgent.
 */
public record QuietHours(LocalTime from, LocalTime until) {

    /** For people without a volunteer profile: nobody wants a buzz about a shopping request at 3 am. */
    public static final QuietHours DEFAULT = new QuietHours(LocalTime.of(22, 0), LocalTime.of(8, 0));

    /** When a push may go: {@code now}, or the end of the quiet period {@code now} falls in. */
    Instant nextAllowed(Instant now, ZoneId zone) {
        if (from.equals(until)) {
            return now;
        }
        ZonedDateTime local = now.atZone(zone);
        LocalTime time = local.toLocalTime();
        LocalDate day = local.toLocalDate();
        boolean wraps = from.isAfter(until);
        if (!wraps && !time.isBefore(from) && time.isBefore(until)) {
            return day.atTime(until).atZone(zone).toInstant();
        }
        if (wraps && !time.isBefore(from)) {
            return day.plusDays(1).atTime(until).atZone(zone).toInstant();
        }
        if (wraps && time.isBefore(until)) {
            return day.atTime(until).atZone(zone).toInstant();
        }
        return now;
    }
}
