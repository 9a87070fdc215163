package nl.noaber.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * API load driver for issue #10: a separate JVM that seeds a Noaber service through its API, then
 * steps each profile's arrival rate and prints one line per step. Run by {@code bench/api-load.sh},
 * which starts the service(s) and nginx; every call goes over loopback to {@code base}.
 *
 * <pre>
 * java -cp backend/target/test-classes:backend/target/classes:&lt;test classpath&gt; nl.noaber.bench.ApiLoad \
 *     base=http://127.0.0.1:18180 profiles=offers,post,accept,mixed rates=25,50,75,100,150,200,300 step=20 warmup=10
 * </pre>
 * A profile stops after two steps in a row miss p99 &lt; 50 ms or have an error; its result is the
 * highest rate that met the target. The run has a time budget on a shared machine.
 */
public final class ApiLoad {

    private final Map<String, String> options;
    private final LoadApi api;
    private final ApiLoadSeed seed;
    private final OpenLoopStep step;
    private final CpuSampler cpu;
    /** Offers handed to the accept queue so far: a request goes in once, so it is accepted once. */
    private final Set<Long> queuedRequests = new HashSet<>();
    /** Fresh offers left for accept and mixed; what one profile leaves, the next uses. */
    private final Queue<LoadProfile.AcceptableOffer> fresh = new ConcurrentLinkedQueue<>();
    private int accepted200;

    private ApiLoad(Map<String, String> options) {
        this.options = options;
        this.api = new LoadApi(options.get("base"));
        this.seed = new ApiLoadSeed(api, options.get("run"), Long.parseLong(options.get("seed")));
        this.step = new OpenLoopStep(api);
        // cpu=service:123,service:456,postgres:789,nginx:1011 (from the script)
        Map<String, List<Long>> roots = new LinkedHashMap<>();
        for (String named : options.getOrDefault("cpu", "").split(",")) {
            if (!named.isBlank()) {
                String[] kv = named.split(":");
                roots.computeIfAbsent(kv[0], k -> new ArrayList<>()).add(Long.parseLong(kv[1]));
            }
        }
        roots.put("driver", List.of(ProcessHandle.current().pid()));
        this.cpu = new CpuSampler(roots);
    }

    public static void main(String[] args) throws InterruptedException {
        Map<String, String> options = new LinkedHashMap<>(Map.of(
                "base", "http://127.0.0.1:18080", "profiles", "offers,post,accept,mixed",
                "rates", "25,50,75,100,150,200,300,400", "step", "20", "warmup", "10",
                "readers", "200", "acceptors", "100", "residents", "50", "fodder", "1500", "seed", "10"));
        // A profile stops after this many steps in a row miss the target: on a shared machine one
        // step can miss because a neighbour was busy, and the next, higher rate still pass.
        options.put("misses", "2");
        options.put("run", "r" + System.currentTimeMillis() / 1000);
        options.put("mix", "70,20,10");
        for (String arg : args) {
            String[] kv = arg.split("=", 2);
            options.put(kv[0], kv[1]);
        }
        System.out.println("options: " + options);
        ApiLoad load = new ApiLoad(options);
        try {
            load.run();
        } finally {
            load.seed.close();
        }
        System.exit(0);
    }

    private void run() throws InterruptedException {
        long t0 = System.nanoTime();
        seed.people(integer("readers"), integer("acceptors"), integer("residents"));
        System.out.printf("seed: %d readers, %d acceptors, %d residents registered and logged in (%.0f s)%n",
                seed.readers.size(), seed.acceptors.size(), seed.residents.size(), seconds(t0));
        List<Long> readerRequests = seed.postRequests(seed.readers.size(), seed.readerPlaces);
        List<Long> fodder = seed.postRequests(integer("fodder"), seed.acceptorPlaces);
        int offeredToReaders = seed.awaitOffers(readerRequests, seed.readers, 180);
        int offeredToAcceptors = seed.awaitOffers(fodder, seed.acceptors, 180);
        System.out.printf("seed: %d/%d reader requests and %d/%d acceptor requests offered by the wave job (%.0f s)%n",
                offeredToReaders, readerRequests.size(), offeredToAcceptors, fodder.size(), seconds(t0));
        printOffersPerReader();

        Map<String, Integer> best = new LinkedHashMap<>();
        for (String profile : options.get("profiles").split(",")) {
            best.put(profile, runProfile(profile));
        }
        System.out.printf("ACCEPTED200 %d accept calls answered 200 in the whole run (warm-ups included)%n", accepted200);
        for (Map.Entry<String, Integer> e : best.entrySet()) {
            System.out.printf("RESULT %-7s highest rate with p99 < 50 ms and no errors: %s%n", e.getKey(),
                    e.getValue() == 0 ? "none of the steps" : e.getValue() + " req/s");
        }
        System.out.printf("driver done in %.0f s%n", seconds(t0));
    }

    /** Steps one profile's rate; returns the highest offered rate that met the target (0: none). */
    private int runProfile(String name) throws InterruptedException {
        int[] rates = Arrays.stream(options.get("rates").split(",")).mapToInt(Integer::parseInt).toArray();
        Duration length = Duration.ofSeconds(integer("step"));
        Duration warmup = Duration.ofSeconds(integer("warmup"));
        SplittableRandom random = new SplittableRandom(name.hashCode());
        if (name.equals("accept") || name.equals("mixed")) {
            fresh.addAll(newAcceptorOffers(random));
        }
        LoadProfile profile = switch (name) {
            case "offers" -> LoadProfile.offersRead(seed.readers, random.nextLong());
            case "post" -> LoadProfile.requestPost(seed.residents, seed.acceptorPlaces, random.nextLong());
            case "accept" -> LoadProfile.offerAccept(fresh);
            case "mixed" -> {
                int[] mix = Arrays.stream(options.get("mix").split(",")).mapToInt(Integer::parseInt).toArray();
                yield LoadProfile.mixed(LoadProfile.offersRead(seed.readers, random.nextLong()), mix[0],
                        LoadProfile.requestPost(seed.residents, seed.acceptorPlaces, random.nextLong()), mix[1],
                        LoadProfile.offerAccept(fresh), random.nextLong());
            }
            default -> throw new IllegalArgumentException("unknown profile " + name);
        };
        System.out.printf("%n== profile %s%s, %d fresh offers to accept; warm-up %d s at %d req/s, then %d s per step (%s)%n",
                name, describe(name), fresh.size(), warmup.toSeconds(), rates[Math.min(1, rates.length - 1)],
                length.toSeconds(), loadAverage());
        StepResult warm = step.run(profile, rates[Math.min(1, rates.length - 1)], warmup);
        accepted200 += warm.statuses().getOrDefault("accept 200", 0);
        System.out.println(StepResult.header());
        System.out.println(warm.line() + "  <- warm-up, not counted");
        int best = 0;
        int misses = 0;
        for (int rate : rates) {
            Map<String, Double> before = cpu.sample();
            long started = System.nanoTime();
            StepResult result = step.run(profile, rate, length);
            Map<String, Double> after = cpu.sample();
            double sampled = seconds(started);
            accepted200 += result.statuses().getOrDefault("accept 200", 0);
            System.out.println(result.line());
            // The step's sample includes the wait for its last answers (at most a few seconds).
            System.out.println("         " + CpuSampler.perCall(before, after, result.latenciesMicros().length, sampled));
            if (result.meetsTarget()) {
                best = rate;
                misses = 0;
            } else if (++misses == integer("misses")) {
                break;
            }
        }
        System.out.printf("-- %s: highest rate with p99 < 50 ms and no errors: %d req/s (%s)%n", name, best, loadAverage());
        return best;
    }

    /**
     * The acceptors' OPEN offers not yet queued, waiting up to 120 s for the wave job to offer what
     * the post profile just posted.
     */
    private List<LoadProfile.AcceptableOffer> newAcceptorOffers(SplittableRandom random) throws InterruptedException {
        List<LoadProfile.AcceptableOffer> found = new ArrayList<>();
        int previous = -1;
        for (int waited = 0; waited <= 120; waited += 5) {
            found.clear();
            Map<Long, Integer> offersPerRequest = new HashMap<>();
            List<LoadProfile.AcceptableOffer> open = seed.openOffersOf(seed.acceptors);
            open.forEach(o -> offersPerRequest.merge(o.requestId(), 1, Integer::sum));
            for (LoadProfile.AcceptableOffer o : open) {
                // One offer per request (batch size 1) is what makes each accept a first accept.
                if (offersPerRequest.get(o.requestId()) == 1 && !queuedRequests.contains(o.requestId())) {
                    found.add(o);
                }
            }
            if (found.size() == previous) {
                break;  // the wave job has caught up
            }
            previous = found.size();
            Thread.sleep(5_000);
        }
        found.forEach(o -> queuedRequests.add(o.requestId()));
        Collections.shuffle(found, new Random(random.nextLong()));
        return found;
    }

    private void printOffersPerReader() throws InterruptedException {
        int[] counts = new int[seed.readers.size()];
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < seed.readers.size(); i++) {
            index.put(seed.readers.get(i), i);
        }
        seed.openOffersOf(seed.readers).forEach(o -> counts[index.get(o.token())]++);
        Arrays.sort(counts);
        System.out.printf("seed: open offers per reader (GET /me/offers size): min %d, median %d, p90 %d, max %d%n",
                counts[0], counts[counts.length / 2], counts[(int) (counts.length * 0.9)], counts[counts.length - 1]);
    }

    private String describe(String profile) {
        return switch (profile) {
            case "offers" -> " (GET /me/offers, random reader)";
            case "post" -> " (POST /help-requests, random resident, acceptors' wijk)";
            case "accept" -> " (POST /offers/{id}/accept, each a first accept)";
            case "mixed" -> " (" + options.get("mix") + " % offers/post/accept)";
            default -> "";
        };
    }

    private static String loadAverage() {
        try {
            return "load average " + Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "load average unknown";
        }
    }

    private int integer(String key) {
        return Integer.parseInt(options.get(key));
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
