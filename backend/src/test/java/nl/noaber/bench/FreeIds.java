package nl.noaber.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Generated rows carry explicit ids, taken above what a table already holds (with the gap the
 * volunteer generator has always left), so that rows refer to each other without a round trip and
 * the same seed on the same starting database gives the same ids. The table's identity sequence is
 * moved past them afterwards, so the service's own inserts do not collide.
 */
final class FreeIds {

    private FreeIds() {
    }

    /** The first id to use in {@code table} (a name from the generator's code, never from input). */
    static long after(Connection connection, String table) throws SQLException {
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT coalesce(max(id), 0) + 1000 FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static void moveSequencePast(Connection connection, String table) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("SELECT setval(pg_get_serial_sequence('" + table + "', 'id'), (SELECT max(id) FROM " + table + "))");
        }
    }
}
