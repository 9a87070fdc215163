package nl.noaber.bench;

import org.postgresql.copy.CopyManager;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.time.Instant;

/**
 * Rows for one table, written with COPY (text format) in chunks: a million single INSERTs would
 * take minutes where COPY takes seconds. Values are written with {@code String.valueOf}; null is
 * {@code \N}. The generator controls every value, so nothing needs escaping (no tab, newline or
 * backslash ever occurs).
 */
final class TableCopy {

    private static final int CHUNK_ROWS = 50_000;

    private final CopyManager copy;
    private final String table;
    private final String statement;
    private final int chunkRows;
    private TableCopy parent;
    private final StringBuilder buffer = new StringBuilder(1 << 20);
    private boolean rowStarted;
    private int buffered;
    private long rows;
    private long copyNanos;

    TableCopy(CopyManager copy, String table, String columns) {
        this(copy, table, columns, CHUNK_ROWS);
    }

    TableCopy(CopyManager copy, String table, String columns, int chunkRows) {
        this.copy = copy;
        this.table = table;
        this.statement = "COPY " + table + " (" + columns + ") FROM STDIN";
        this.chunkRows = chunkRows;
    }

    /**
     * Rows of this table refer to rows of {@code parent} (a foreign key): whenever a chunk of this
     * table is written, the parent's buffered rows are written first. Without it a child that fills
     * its chunk sooner (a circle has 4–9 members) is written before the rows it refers to.
     */
    TableCopy referring(TableCopy parent) {
        this.parent = parent;
        return this;
    }

    String table() {
        return table;
    }

    /** The next value of the current row. */
    TableCopy col(Object value) {
        if (rowStarted) {
            buffer.append('\t');
        }
        rowStarted = true;
        if (value == null) {
            buffer.append("\\N");
        } else if (value instanceof Instant at) {
            buffer.append(at);   // ISO 8601 in UTC ("…Z"), which timestamptz reads as it is
        } else {
            buffer.append(value);
        }
        return this;
    }

    void endRow() {
        buffer.append('\n');
        rowStarted = false;
        rows++;
        if (++buffered >= chunkRows) {
            flush();
        }
    }

    /** Rows written (or buffered) so far. */
    long rows() {
        return rows;
    }

    /** Seconds spent waiting for the database to take the rows (the rest of a step is drawing them). */
    double copySeconds() {
        return copyNanos / 1e9;
    }

    void flush() {
        if (buffered == 0) {
            return;
        }
        if (parent != null) {
            parent.flush();
        }
        long start = System.nanoTime();
        try {
            copy.copyIn(statement, new StringReader(buffer.toString()));
        } catch (SQLException e) {
            throw new IllegalStateException("COPY into " + table + " failed", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        copyNanos += System.nanoTime() - start;
        buffer.setLength(0);
        buffered = 0;
    }
}
