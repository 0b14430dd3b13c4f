package id.jembatan.hr.simpeg;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One result row by lower-case column alias. Dates arrive as {@link LocalDate}, timestamps as
 * {@link LocalDateTime}, everything else as the driver's text; a value the driver cannot convert is kept as
 * text, so that the mapping can reject the row instead of the whole page failing.
 */
record RawRow(Map<String, Object> values) {

    RawRow {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    Object get(String alias) {
        return values.get(alias);
    }

    /** The value as text, exactly as read; null when the column is null. */
    String raw(String alias) {
        Object value = values.get(alias);
        return value == null ? null : value.toString();
    }

    Map<String, String> asText() {
        Map<String, String> text = new LinkedHashMap<>();
        values.forEach((alias, value) -> text.put(alias, value == null ? null : value.toString()));
        return text;
    }

    /** Reads rows of one result set; checks once that every alias of the contract is there. */
    static final class Reader {

        private final String[] aliases;
        private final int[] types;

        Reader(String query, ResultSetMetaData metadata, List<String> contract) throws SQLException {
            int count = metadata.getColumnCount();
            aliases = new String[count];
            types = new int[count];
            for (int i = 0; i < count; i++) {
                aliases[i] = metadata.getColumnLabel(i + 1).toLowerCase(Locale.ROOT);
                types[i] = metadata.getColumnType(i + 1);
            }
            List<String> missing = new ArrayList<>(contract);
            missing.removeAll(List.of(aliases));
            if (!missing.isEmpty()) {
                throw new SimpegConfigurationException("SQL " + query + " does not return the column alias(es) "
                        + missing + " / tidak menghasilkan kolom " + missing + "; every alias of the contract "
                        + contract + " is needed (write NULL AS <alias> for data the site does not keep)");
            }
        }

        RawRow read(ResultSet resultSet) throws SQLException {
            Map<String, Object> values = new LinkedHashMap<>();
            for (int i = 0; i < aliases.length; i++) {
                values.put(aliases[i], value(resultSet, i + 1, types[i]));
            }
            return new RawRow(values);
        }

        private static Object value(ResultSet resultSet, int column, int type) throws SQLException {
            try {
                return switch (type) {
                    case Types.DATE -> resultSet.getObject(column, LocalDate.class);
                    case Types.TIMESTAMP -> resultSet.getObject(column, LocalDateTime.class);
                    default -> resultSet.getString(column);
                };
            } catch (SQLException e) {
                return resultSet.getString(column);
            }
        }
    }
}
