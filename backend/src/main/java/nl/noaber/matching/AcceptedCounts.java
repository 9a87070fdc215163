package nl.noaber.matching;

import io.micronaut.core.annotation.Introspected;

/** Accepted tasks of one volunteer: in the load period, this week, and for this requester. */
@Introspected
record AcceptedCounts(long volunteerId, long sinceLoadPeriod, long sinceWeekStart, long forRequester) {

    static AcceptedCounts none(long volunteerId) {
        return new AcceptedCounts(volunteerId, 0, 0, 0);
    }
}
