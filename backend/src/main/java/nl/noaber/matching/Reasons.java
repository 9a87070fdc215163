package nl.noaber.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Why a volunteer was chosen, in words a coordinator reads in the matching log. */
final class Reasons {

    private Reasons() {
    }

    static String of(Candidate c) {
        List<String> why = new ArrayList<>();
        if (c.circleMember()) {
            why.add("in the requester's voorzorgcirkel");
        }
        if (c.helpedBefore() > 0) {
            why.add("helped this person " + c.helpedBefore() + "× before");
        }
        why.add(String.format(Locale.ROOT, "%.1f km away", c.distanceMeters() / 1000));
        why.add(c.tasksLast30Days() + " task(s) in the last 30 days");
        return String.join("; ", why);
    }
}
