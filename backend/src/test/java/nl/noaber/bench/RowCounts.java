package nl.noaber.bench;

import java.util.Map;
import java.util.TreeMap;

/** Rows written per table, for the summary. */
final class RowCounts {

    private final Map<String, Long> rows = new TreeMap<>();
    private final Map<String, Double> copySeconds = new TreeMap<>();

    void add(TableCopy table) {
        add(table.table(), table.rows());
        copySeconds.merge(table.table(), table.copySeconds(), Double::sum);
    }

    /**
     * Seconds the COPYs into each table took: the database's share of the work (not timed for the
     * tables of the volunteer generator).
     */
    Map<String, Double> copySecondsByTable() {
        return copySeconds;
    }

    void add(String table, long count) {
        rows.merge(table, count, Long::sum);
    }

    Map<String, Long> byTable() {
        return rows;
    }

    long total() {
        return rows.values().stream().mapToLong(Long::longValue).sum();
    }
}
