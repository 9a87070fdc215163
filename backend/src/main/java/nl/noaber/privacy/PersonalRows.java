package nl.noaber.privacy;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rows of a feature's own tables as plain JSON values, for the export: every column, so nothing
 * held about a person is left out by a forgotten field. Column names stay as stored.
 */
@Singleton
public class PersonalRows {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private final JdbcOperations jdbc;

    PersonalRows(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The rows of a query with one value that identifies the person (their account id, or their
     * key in the activity log), bound to every {@code ?}.
     */
    public List<Map<String, Object>> of(String sql, Object person) {
        return jdbc.prepareStatement(sql, statement -> {
            for (int i = 1; i <= statement.getParameterMetaData().getParameterCount(); i++) {
                statement.setObject(i, person);
            }
            return read(statement);
        });
    }

    private static List<Map<String, Object>> read(PreparedStatement statement) throws SQLException {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (ResultSet result = statement.executeQuery()) {
            ResultSetMetaData meta = result.getMetaData();
            while (result.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int c = 1; c <= meta.getColumnCount(); c++) {
                    row.put(meta.getColumnLabel(c), plain(result.getObject(c)));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    private static Object plain(Object value) throws SQLException {
        if (value == null || value instanceof String || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Number number) {
            return number instanceof java.math.BigDecimal decimal ? decimal.toPlainString() : number;
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant().atZone(AMSTERDAM).toOffsetDateTime().toString();
        }
        if (value instanceof Array array) {
            return Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
        }
        return value.toString();
    }
}
