package nl.noaber.bench;

import java.util.List;
import java.util.Locale;
import java.util.Queue;
import java.util.SplittableRandom;

/**
 * What the driver sends at each tick of a step. {@link #next} runs on the one scheduling thread,
 * so implementations need no locking; it returns null when there is nothing left to send (no
 * fresh offer to accept), which the step counts as unserved rather than hiding it.
 */
interface LoadProfile {

    /** One call as the driver sends it; {@code label} names it in the step's status counts, {@code body} null means none. */
    record Call(String label, String method, String path, String token, String body) {
    }

    Call next();

    /** A volunteer opens the app: their open offers, a handful each (seeded in the readers' wijk). */
    static LoadProfile offersRead(List<String> readerTokens, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        return () -> new Call("offers", "GET", "/me/offers", readerTokens.get(random.nextInt(readerTokens.size())), null);
    }

    /**
     * A resident posts a Goede Buren request in the acceptors' wijk. PLANNED urgency with a week-long
     * wave timeout: no request gets a second wave while the run lasts, so each post costs one wave.
     */
    static LoadProfile requestPost(List<String> residentTokens, List<double[]> lonLats, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        String[] tasks = {"SHOPPING", "COMPANY", "WALKING"};
        int[] counter = {0};
        return () -> {
            double[] at = lonLats.get(random.nextInt(lonLats.size()));
            String body = String.format(Locale.ROOT,
                    "{\"kind\":\"GOEDE_BUREN\",\"task\":\"%s\",\"location\":{\"type\":\"Point\",\"coordinates\":[%.6f,%.6f]},"
                            + "\"description\":\"API-belasting %d\",\"urgency\":\"PLANNED\"}",
                    tasks[random.nextInt(tasks.length)], at[0], at[1], counter[0]++);
            return new Call("post", "POST", "/help-requests", residentTokens.get(random.nextInt(residentTokens.size())), body);
        };
    }

    /** A volunteer taps accept on an offer that nobody has answered: every call is a real first accept. */
    static LoadProfile offerAccept(Queue<AcceptableOffer> fresh) {
        return () -> {
            AcceptableOffer offer = fresh.poll();
            return offer == null ? null : new Call("accept", "POST", "/offers/" + offer.offerId() + "/accept", offer.token(), null);
        };
    }

    /** The mixed profile: each call drawn independently, e.g. 70 % reads, 20 % posts, 10 % accepts. */
    static LoadProfile mixed(LoadProfile reads, int readPercent, LoadProfile posts, int postPercent, LoadProfile accepts,
                             long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        return () -> {
            int draw = random.nextInt(100);
            return draw < readPercent ? reads.next() : draw < readPercent + postPercent ? posts.next() : accepts.next();
        };
    }

    /** An OPEN offer of a request that has no other open offer, and the token of the volunteer it went to. */
    record AcceptableOffer(long offerId, long requestId, String token) {
    }
}
