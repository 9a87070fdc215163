package nl.noaber.bench;

/**
 * Progress lines on stdout while a step generates: done of total, seconds and rows per second.
 * A line every tenth of the work at most, so a 1 M run prints a screenful, not a book.
 */
final class Progress {

    private final String what;
    private final long total;
    private final long start = System.nanoTime();
    private long nextLine;

    Progress(String what, long total) {
        this.what = what;
        this.total = total;
        this.nextLine = Math.max(1, total / 10);
    }

    /** @param done units finished; @param rows rows written so far by this step (all tables) */
    void at(long done, long rows) {
        if (done >= nextLine || done == total) {
            double seconds = seconds();
            System.out.printf("  %s: %,d / %,d (%.1f s, %,.0f rows/s)%n", what, done, total, seconds, rows / Math.max(seconds, 1e-3));
            nextLine = done + Math.max(1, total / 10);
        }
    }

    double seconds() {
        return (System.nanoTime() - start) / 1e9;
    }
}
