package nl.noaber.bench;

import nl.noaber.geo.RdPoint;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The generated volunteers, read back from volunteer_profile and volunteer_capacity (the existing
 * generator keeps nothing in memory), in a grid for "nearest volunteers who can do this": who joins
 * a voorzorgcirkel, who takes a request. Arrays rather than objects: a million volunteers fit in
 * a few tens of MB. The grid's cells are sized for about {@link #PER_CELL} volunteers each, so a
 * search scans a few cells at 10 k as at 1 M.
 *
 * <p>Each volunteer also gets the day they joined (two thirds before the history starts, the
 * rest during it); they help only from that day on.
 */
final class VolunteerHomes {

    static final int GOEDE_BUUR = 1, VOORZORGCIRKEL = 2, AUTOMAATJE_DRIVER = 4, RESPIJT = 8;
    private static final int PER_CELL = 16;
    private static final int JOIN_STREAM = 2;

    final long[] ids;
    final String[] gemeente;
    final String[] wijk;
    final double[] x, y;
    final int[] capacities;
    final boolean[] paused;
    final long[] joinedDay;

    private double minX, minY, cellMeters;
    private int cols, rows;
    /** The grid as a counting sort: the volunteers of cell c are cellMembers[cellStart[c] .. cellStart[c + 1]). */
    private int[] cellStart, cellMembers;
    private int[] found = new int[64];
    private double[] foundDistance = new double[64];

    private VolunteerHomes(int n) {
        ids = new long[n];
        gemeente = new String[n];
        wijk = new String[n];
        x = new double[n];
        y = new double[n];
        capacities = new int[n];
        paused = new boolean[n];
        joinedDay = new long[n];
    }

    private void buildGrid(double totalAreaM2) {
        int n = ids.length;
        cellMeters = Math.max(50, Math.sqrt(totalAreaM2 * PER_CELL / Math.max(n, 1)));
        minX = Arrays.stream(x).min().orElse(0);
        minY = Arrays.stream(y).min().orElse(0);
        cols = (int) ((Arrays.stream(x).max().orElse(0) - minX) / cellMeters) + 1;
        rows = (int) ((Arrays.stream(y).max().orElse(0) - minY) / cellMeters) + 1;
        cellStart = new int[cols * rows + 1];
        int[] cellOf = new int[n];
        for (int i = 0; i < n; i++) {
            cellOf[i] = col(x[i]) + row(y[i]) * cols;
            cellStart[cellOf[i] + 1]++;
        }
        for (int c = 0; c < cols * rows; c++) {
            cellStart[c + 1] += cellStart[c];
        }
        cellMembers = new int[n];
        int[] next = Arrays.copyOf(cellStart, cellStart.length);
        for (int i = 0; i < n; i++) {
            cellMembers[next[cellOf[i]]++] = i;
        }
    }

    /** Reads the volunteers with account ids from {@code firstId} on, in id order, and draws their join days. */
    static VolunteerHomes load(Connection connection, long firstId, PopulationPlan plan, double totalAreaM2) throws SQLException {
        int n;
        try (PreparedStatement s = connection.prepareStatement("SELECT count(*) FROM volunteer_profile WHERE account_id >= ?")) {
            s.setLong(1, firstId);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                n = rs.getInt(1);
            }
        }
        VolunteerHomes v = new VolunteerHomes(n);
        try (PreparedStatement s = connection.prepareStatement("""
                SELECT p.account_id, p.gemeente, p.home_wijk, p.home_x, p.home_y, p.paused,
                       coalesce(bit_or(CASE c.capacity WHEN 'GOEDE_BUUR' THEN 1 WHEN 'VOORZORGCIRKEL' THEN 2
                                                        WHEN 'AUTOMAATJE_DRIVER' THEN 4 WHEN 'RESPIJT' THEN 8 END), 0)
                  FROM volunteer_profile p LEFT JOIN volunteer_capacity c ON c.account_id = p.account_id
                 WHERE p.account_id >= ?
                 GROUP BY p.account_id ORDER BY p.account_id""")) {
            s.setLong(1, firstId);
            s.setFetchSize(50_000);
            try (ResultSet rs = s.executeQuery()) {
                for (int i = 0; rs.next(); i++) {
                    v.ids[i] = rs.getLong(1);
                    v.gemeente[i] = rs.getString(2).intern();
                    v.wijk[i] = rs.getString(3) == null ? null : rs.getString(3).intern();
                    v.x[i] = rs.getDouble(4);
                    v.y[i] = rs.getDouble(5);
                    v.paused[i] = rs.getBoolean(6);
                    v.capacities[i] = rs.getInt(7);
                }
            }
        }
        SplittableRandom random = plan.stream(JOIN_STREAM);
        long from = plan.from().toEpochDay();
        long span = plan.until().toEpochDay() - from;
        for (int i = 0; i < n; i++) {
            v.joinedDay[i] = random.nextDouble() < 2.0 / 3 ? from - 1 - random.nextInt(3 * 365) : from + random.nextLong(span);
        }
        v.buildGrid(totalAreaM2);
        return v;
    }

    int size() {
        return ids.length;
    }

    RdPoint home(int i) {
        return new RdPoint(x[i], y[i]);
    }

    LocalDate joined(int i) {
        return LocalDate.ofEpochDay(joinedDay[i]);
    }

    /**
     * One volunteer who can help at (x, y): not paused, offering one of {@code capability}, joined
     * by {@code day}, within {@code radiusMeters}; drawn among the five nearest, as the matching
     * offers the nearest first but not always to the same person. -1: nobody.
     */
    int pick(double px, double py, double radiusMeters, int capability, long day, SplittableRandom random) {
        int n = nearest(px, py, radiusMeters, capability, day, 5);
        return n == 0 ? -1 : found[random.nextInt(n)];
    }

    /**
     * Fills {@link #found(int)} with up to {@code max} eligible volunteers, nearest first (nearest
     * to within one grid cell: rings of cells are scanned until {@code max} are found, plus one ring).
     *
     * @return how many were found
     */
    int nearest(double px, double py, double radiusMeters, int capability, long day, int max) {
        int cx = col(px), cy = row(py);
        int count = 0;
        int enoughAtRing = -1;
        int lastRing = (int) Math.ceil(radiusMeters / cellMeters) + 1;
        for (int ring = 0; ring <= lastRing; ring++) {
            for (int gy = cy - ring; gy <= cy + ring; gy++) {
                if (gy < 0 || gy >= rows) {
                    continue;
                }
                boolean edgeRow = gy == cy - ring || gy == cy + ring;
                for (int gx = cx - ring; gx <= cx + ring; gx += edgeRow ? 1 : 2 * ring) {
                    if (gx >= 0 && gx < cols) {
                        count = scanCell(gx + gy * cols, px, py, radiusMeters, capability, day, count);
                    }
                    if (ring == 0) {
                        break;
                    }
                }
            }
            if (enoughAtRing < 0 && count >= max) {
                enoughAtRing = ring;
            }
            if (enoughAtRing >= 0 && ring > enoughAtRing) {
                break;
            }
        }
        sortFound(count);
        return Math.min(count, max);
    }

    /** The i-th volunteer (index) of the last {@link #nearest} call. */
    int found(int i) {
        return found[i];
    }

    private int scanCell(int cell, double px, double py, double radius, int capability, long day, int count) {
        for (int k = cellStart[cell]; k < cellStart[cell + 1]; k++) {
            int i = cellMembers[k];
            if (paused[i] || (capacities[i] & capability) == 0 || joinedDay[i] > day) {
                continue;
            }
            double d = Math.hypot(x[i] - px, y[i] - py);
            if (d <= radius) {
                if (count == found.length) {
                    found = Arrays.copyOf(found, count * 2);
                    foundDistance = Arrays.copyOf(foundDistance, count * 2);
                }
                found[count] = i;
                foundDistance[count++] = d;
            }
        }
        return count;
    }

    /** Insertion sort by distance: the lists are short. */
    private void sortFound(int count) {
        for (int a = 1; a < count; a++) {
            int f = found[a];
            double d = foundDistance[a];
            int b = a - 1;
            while (b >= 0 && (foundDistance[b] > d || (foundDistance[b] == d && found[b] > f))) {
                found[b + 1] = found[b];
                foundDistance[b + 1] = foundDistance[b];
                b--;
            }
            found[b + 1] = f;
            foundDistance[b + 1] = d;
        }
    }

    private int col(double px) {
        return Math.max(0, Math.min(cols - 1, (int) ((px - minX) / cellMeters)));
    }

    private int row(double py) {
        return Math.max(0, Math.min(rows - 1, (int) ((py - minY) / cellMeters)));
    }
}
