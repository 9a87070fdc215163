package nl.noaber.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The rows a generation added, told apart by id marks taken before it: their md5 per table (for
 * "same seed, same rows") and their removal (so the next generation starts from the same state and
 * gets the same ids). Identity ids drawn from sequences (capacities, slots, events …) differ between
 * runs and are left out of the md5; everything that refers to a row does so by an explicit id.
 */
final class GeneratedRows {

    /** Table → the condition that picks its generated rows, in an order that deletes children first. */
    private static final Map<String, String> GENERATED = new LinkedHashMap<>();

    static {
        GENERATED.put("activity_event", "id > %(activity_event)");
        GENERATED.put("help_request", "id > %(help_request)");
        GENERATED.put("cirkel_member", "cirkel_id > %(voorzorgcirkel)");
        GENERATED.put("voorzorgcirkel", "id > %(voorzorgcirkel)");
        GENERATED.put("initiative_member", "initiative_id > %(initiative)");
        GENERATED.put("initiative_wijk", "initiative_id > %(initiative)");
        GENERATED.put("initiative", "id > %(initiative)");
        GENERATED.put("volunteer_absence", "account_id > %(account)");
        GENERATED.put("volunteer_slot", "account_id > %(account)");
        GENERATED.put("volunteer_capacity", "account_id > %(account)");
        GENERATED.put("volunteer_profile", "account_id > %(account)");
        GENERATED.put("account", "id > %(account)");
    }

    private static final String[] MARKED = {"activity_changed_day", "activity_event", "help_request", "voorzorgcirkel", "initiative", "account"};

    private final Map<String, Long> marks = new LinkedHashMap<>();

    private GeneratedRows() {
    }

    /** Marks what the database holds now; rows added later count as generated. */
    static GeneratedRows markedNow(Connection connection) throws SQLException {
        GeneratedRows rows = new GeneratedRows();
        try (Statement s = connection.createStatement()) {
            for (String table : MARKED) {
                try (ResultSet rs = s.executeQuery("SELECT coalesce(max(id), 0) FROM " + table)) {
                    rs.next();
                    rows.marks.put(table, rs.getLong(1));
                }
            }
        }
        return rows;
    }

    /** The SQL condition for the generated rows of a table. */
    String where(String table) {
        String condition = GENERATED.get(table);
        for (Map.Entry<String, Long> mark : marks.entrySet()) {
            condition = condition.replace("%(" + mark.getKey() + ")", String.valueOf(mark.getValue()));
        }
        return condition;
    }

    /** Table → md5 of its generated rows without sequence ids. */
    Map<String, String> checksums(Connection connection) throws SQLException {
        Map<String, String> sums = new LinkedHashMap<>();
        try (Statement s = connection.createStatement()) {
            for (String table : GENERATED.keySet()) {
                try (ResultSet rs = s.executeQuery("SELECT md5(coalesce(string_agg(r, '|' ORDER BY r), '')) FROM (SELECT (to_jsonb(t) - 'id')::text AS r FROM "
                        + table + " t WHERE " + where(table) + ") AS rows")) {
                    rs.next();
                    sums.put(table, rs.getString(1));
                }
            }
        }
        return sums;
    }

    /**
     * Deletes the generated rows. Without foreign-key triggers (replica mode, this transaction only):
     * every row that refers to a generated one is generated too and goes with it, and checking each
     * deleted account against a dozen referencing tables, several without an index on the column,
     * takes minutes. Replica mode also passes the activity log's append-only trigger.
     */
    void remove(Connection connection) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement s = connection.createStatement()) {
            s.execute("SET LOCAL session_replication_role = replica");
            for (String table : GENERATED.keySet()) {
                s.execute("DELETE FROM " + table + " WHERE " + where(table));
            }
            s.execute("DELETE FROM activity_changed_day WHERE id > " + marks.get("activity_changed_day"));
            connection.commit();
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }
}
