package nl.noaber.matching;

/**
 * An eligible volunteer for one request, with everything the ranking looks at.
 *
 * @param distanceMeters  home → request location; for rides the whole drive (see {@link RideRoute})
 * @param circleMember    in a voorzorgcirkel with the requester
 * @param helpedBefore    tasks done for this requester before, with no negative feedback
 * @param tasksLast30Days accepted tasks in the last 30 days (fairness: spread the load)
 */
record Candidate(long volunteerId, double distanceMeters, boolean circleMember, int helpedBefore, int tasksLast30Days) {
}
