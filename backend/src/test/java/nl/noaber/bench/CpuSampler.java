package nl.noaber.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Where the two cores went during a step, from /proc: CPU time of each named process tree (the
 * service instances, their PostgreSQL, nginx, this driver) and of the whole machine. The machine
 * is shared with other work, so "others" — busy time outside our trees — says how much of the
 * cores a step really had.
 */
final class CpuSampler {

    /** Linux's USER_HZ; /proc reports CPU time in these ticks. */
    private static final double TICKS_PER_SECOND = 100;

    private final Map<String, List<Long>> roots;

    /** @param roots name to root pids, e.g. "service" to the instances, "postgres" to the postmaster */
    CpuSampler(Map<String, List<Long>> roots) {
        this.roots = roots;
    }

    /** CPU seconds so far per tree, plus "machine" (busy seconds of all cores). */
    Map<String, Double> sample() {
        Map<Long, long[]> processes = processes();
        Map<String, Double> out = new LinkedHashMap<>();
        for (Map.Entry<String, List<Long>> root : roots.entrySet()) {
            for (long pid : root.getValue()) {
                out.merge(root.getKey(), treeTicks(pid, processes) / TICKS_PER_SECOND, Double::sum);
            }
        }
        out.put("machine", machineBusyTicks() / TICKS_PER_SECOND);
        return out;
    }

    /** "service 0.9 ms, postgres 0.6 ms, …": CPU per call between two samples, and the others' share. */
    static String perCall(Map<String, Double> before, Map<String, Double> after, int calls, double seconds) {
        StringBuilder s = new StringBuilder("cpu ms/call:");
        double ours = 0;
        for (String key : after.keySet()) {
            double used = after.get(key) - before.getOrDefault(key, 0.0);
            if (!key.equals("machine")) {
                ours += used;
                s.append(String.format(" %s %.2f", key, calls == 0 ? 0 : used * 1000 / calls));
            }
        }
        double machine = after.get("machine") - before.get("machine");
        s.append(String.format("; cores busy %.2f of 2, of which other work %.2f", machine / seconds, Math.max(0, machine - ours) / seconds));
        return s.toString();
    }

    private static long treeTicks(long root, Map<Long, long[]> processes) {
        long ticks = 0;
        List<Long> todo = new ArrayList<>(List.of(root));
        while (!todo.isEmpty()) {
            long pid = todo.remove(todo.size() - 1);
            long[] p = processes.get(pid);
            if (p != null) {
                ticks += p[1];
            }
            processes.forEach((child, q) -> {
                if (q[0] == pid) {
                    todo.add(child);
                }
            });
        }
        return ticks;
    }

    /** pid to {ppid, utime + stime} of every process now. */
    private static Map<Long, long[]> processes() {
        Map<Long, long[]> out = new HashMap<>();
        try (Stream<Path> dirs = Files.list(Path.of("/proc"))) {
            dirs.filter(d -> d.getFileName().toString().chars().allMatch(Character::isDigit)).forEach(d -> {
                try {
                    String stat = Files.readString(d.resolve("stat"));
                    // The command name may hold spaces: fields are counted after its closing parenthesis.
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    out.put(Long.parseLong(d.getFileName().toString()),
                            new long[] {Long.parseLong(f[1]), Long.parseLong(f[11]) + Long.parseLong(f[12])});
                } catch (IOException | RuntimeException gone) {
                    // The process ended between listing and reading.
                }
            });
        } catch (IOException e) {
            return out;
        }
        return out;
    }

    private static long machineBusyTicks() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long busy = 0;
            for (int i = 1; i < f.length && i <= 8; i++) {
                if (i != 4 && i != 5) {  // idle and iowait
                    busy += Long.parseLong(f[i]);
                }
            }
            return busy;
        } catch (IOException e) {
            return 0;
        }
    }
}
