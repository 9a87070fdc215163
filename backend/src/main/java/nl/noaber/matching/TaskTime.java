package nl.noaber.matching;

import io.micronaut.core.annotation.Nullable;
import nl.noaber.request.MatchableRequest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * When a task happens in local time, as availability is written: the day, and for a task with a
 * start the hours it takes that day ({@code from} null: as soon as possible, no slot check).
 */
record TaskTime(LocalDate day, @Nullable LocalTime from, @Nullable LocalTime until) {

    static TaskTime of(MatchableRequest request, Instant now, ZoneId zone) {
        if (request.neededBy() == null) {
            return new TaskTime(LocalDate.ofInstant(now, zone), null, null);
        }
        ZonedDateTime start = request.neededBy().atZone(zone);
        return new TaskTime(start.toLocalDate(), start.toLocalTime(), endOnSameDay(start, request.windowEnd(), zone));
    }

    /** A task without an end takes an hour; one that ends on a later day counts until midnight. */
    private static LocalTime endOnSameDay(ZonedDateTime start, @Nullable Instant end, ZoneId zone) {
        ZonedDateTime until = end == null ? start.plusHours(1) : end.atZone(zone);
        return until.toLocalDate().equals(start.toLocalDate()) ? until.toLocalTime() : LocalTime.MAX;
    }
}
