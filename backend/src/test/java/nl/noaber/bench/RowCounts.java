package nl.noaber.bench;

import java.util.Map;
import java.util.TreeMap;

/** Rows written per table, for the summary. */
final class RowCounts {

    private final Map<String, Long> rows = new TreeMap<>();

    void add(TableCopy table) {
        add(table.table(), table.rows());
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
