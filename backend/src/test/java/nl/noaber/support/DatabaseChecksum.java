package nl.noaber.support;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An md5 per table over all its rows, read past the service on a connection of its own, so a test
 * can prove that a request changed nothing: no row altered, none added, none removed.
 */
public final class DatabaseChecksum {

    private final DataSource dataSource;
    private final String query;

    /** @param ignored tables that a rejected request may rightly write (failed logins, for throttling) */
    public DatabaseChecksum(DataSource dataSource, Set<String> ignored) {
        this.dataSource = dataSource;
        List<String> tables = new ArrayList<>();
        try (Connection c = TimeTravel.connection(dataSource);
             ResultSet rows = c.createStatement().executeQuery("""
                     SELECT table_name FROM information_schema.tables
                      WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name""")) {
            while (rows.next()) {
                if (!ignored.contains(rows.getString(1))) {
                    tables.add(rows.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        // table names come from the catalogue, not from input
        this.query = tables.stream()
                .map(t -> "SELECT '" + t + "' AS tbl, md5(coalesce(string_agg(r::text, '|' ORDER BY r::text), '')) AS sum FROM "
                        + t + " r")
                .collect(Collectors.joining(" UNION ALL "));
    }

    /** Table name → md5 of its rows, in name order. */
    public Map<String, String> now() {
        Map<String, String> sums = new LinkedHashMap<>();
        try (Connection c = TimeTravel.connection(dataSource); ResultSet rows = c.createStatement().executeQuery(query)) {
            while (rows.next()) {
                sums.put(rows.getString(1), rows.getString(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return sums;
    }

    /** The tables whose rows differ between two checksums. */
    public static List<String> changed(Map<String, String> before, Map<String, String> after) {
        return before.keySet().stream().filter(t -> !before.get(t).equals(after.get(t))).toList();
    }
}
