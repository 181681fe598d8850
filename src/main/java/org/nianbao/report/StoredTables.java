package org.nianbao.report;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.MapKeyColumn;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.nianbao.statutory.Column;
import org.nianbao.statutory.Edition;
import org.nianbao.statutory.Row;
import org.nianbao.statutory.Section;
import org.nianbao.statutory.StatTable;
import org.nianbao.statutory.ValueKind;

/**
 * The one glue between the edition declarations and the entities that mirror the printed tables, by three naming
 * conventions instead of a switch per table:
 * <ul>
 * <li>a statutory table {@code code} is stored in the SQL table {@code code_row}: the {@link Report} field mapped
 * with {@code @CollectionTable(name = "code_row")}, a map from row code to the table's row entity;</li>
 * <li>a column {@code code} is the row entity's field of that name in camel case ({@code in_force} →
 * {@code inForce}, which Hibernate's naming maps back to the SQL column {@code in_force}): {@link Integer} for
 * counts, {@link BigDecimal} for amounts;</li>
 * <li>a prose section {@code code} is the {@link Report} {@link String} field named likewise.</li>
 * </ul>
 * The fields are found once, by reflection, and {@link #check} holds them against every edition at start-up
 * ({@link StoredTablesCheck}): a declared table, column or section without its field stops the portal with a list
 * of what is missing. {@code StatutorySchemaTest} holds the same against the database schema.
 */
public final class StoredTables {

    static final String TABLE_SUFFIX = "_row";

    /** Statutory table code → the {@link Report} field holding its rows. */
    private static final Map<String, Field> TABLES = new LinkedHashMap<>();

    /** Row entity → column code → field. */
    private static final Map<Class<?>, Map<String, Field>> COLUMNS = new LinkedHashMap<>();

    /** Prose section code → the {@link Report} field holding its text, found on first use. */
    private static final Map<String, Field> PROSE = new ConcurrentHashMap<>();

    static {
        for (Field field : Report.class.getDeclaredFields()) {
            CollectionTable table = field.getAnnotation(CollectionTable.class);
            if (table != null && table.name().endsWith(TABLE_SUFFIX) && field.getType() == Map.class) {
                field.setAccessible(true);
                TABLES.put(table.name().substring(0, table.name().length() - TABLE_SUFFIX.length()), field);
                Class<?> rowType = (Class<?>) ((ParameterizedType) field.getGenericType()).getActualTypeArguments()[1];
                Map<String, Field> columns = new LinkedHashMap<>();
                for (Field column : rowType.getDeclaredFields()) {
                    if (!Modifier.isStatic(column.getModifiers())) {
                        column.setAccessible(true);
                        columns.put(snake(column.getName()), column);
                    }
                }
                COLUMNS.put(rowType, columns);
            }
        }
    }

    private StoredTables() {
    }

    /**
     * What {@code editions} declare and the entities lack: a table without its {@link Report} field, a column
     * without its field (or with a field of the wrong type for its kind), a prose section without its field.
     * Empty when the entities mirror every edition.
     */
    static List<String> problems(List<Edition> editions) {
        List<String> problems = new ArrayList<>();
        for (Edition edition : editions) {
            for (StatTable table : edition.tables()) {
                Field field = TABLES.get(table.code());
                if (field == null) {
                    problems.add(edition + " " + table.name() + "（" + table.code() + "）: no Report field mapped to "
                            + table.code() + TABLE_SUFFIX);
                    continue;
                }
                Map<String, Field> columns = COLUMNS.get(rowType(field));
                for (Row row : table.rows()) {
                    for (Column column : row.columns()) {
                        Field stored = columns.get(column.code());
                        Class<?> type = column.kind().isCount() ? Integer.class : BigDecimal.class;
                        if (stored == null || stored.getType() != type) {
                            problems.add(edition + " " + table.code() + "." + row.code() + "." + column.code()
                                    + ": no " + type.getSimpleName() + " field " + camel(column.code()) + " in "
                                    + rowType(field).getSimpleName());
                        }
                    }
                }
            }
            for (Section section : edition.proseSections()) {
                Field field = proseField(section.code());
                if (field == null || field.getType() != String.class) {
                    problems.add(edition + " " + section.heading() + ": no String field " + camel(section.code())
                            + " in Report");
                }
            }
        }
        return problems;
    }

    /** Fails, naming every problem, unless the entities mirror every edition of {@code editions}. */
    static void check(List<Edition> editions) {
        List<String> problems = problems(editions);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The entities do not mirror the statutory format:\n  "
                    + String.join("\n  ", problems));
        }
    }

    /** The statutory table codes stored, each in the SQL table {@code code_row}. */
    static List<String> tableCodes() {
        return List.copyOf(TABLES.keySet());
    }

    /** The SQL column holding the row code of a stored table ({@code row_code}, or 表四's {@code group_code}). */
    public static String keyColumn(String table) {
        return field(table).getAnnotation(MapKeyColumn.class).name();
    }

    /** The column codes the row entity of a stored table has, in declaration order. */
    static List<String> columnCodes(String table) {
        return List.copyOf(COLUMNS.get(rowType(field(table))).keySet());
    }

    /** The stored rows of {@code table} in {@code report}, by row code (the live, mapped collection). */
    @SuppressWarnings("unchecked")
    static Map<String, StatutoryRow> rows(Report report, String table) {
        try {
            return (Map<String, StatutoryRow>) field(table).get(report);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A new, blank row entity of {@code table}. */
    static StatutoryRow newRow(String table) {
        try {
            var constructor = rowType(field(table)).getDeclaredConstructor();
            constructor.setAccessible(true);
            return (StatutoryRow) constructor.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A cell of a stored row, null when blank. */
    static BigDecimal get(StatutoryRow row, String column) {
        try {
            Object value = column(row, column).get(row);
            return value instanceof Integer count ? BigDecimal.valueOf(count) : (BigDecimal) value;
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sets a cell of a stored row: a count exactly as a whole number, an amount at the stored scale. */
    static void set(StatutoryRow row, String column, BigDecimal value) {
        Field field = column(row, column);
        try {
            // exact: a fraction in a count, or more than six places in an amount, is refused before it gets here
            field.set(row, value == null ? null : field.getType() == Integer.class ? (Object) value.intValueExact()
                    : value.setScale(ValueKind.AMOUNT_SCALE, RoundingMode.UNNECESSARY));
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    static String prose(Report report, String section) {
        try {
            return (String) requiredProse(section).get(report);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    static void setProse(Report report, String section, String text) {
        try {
            requiredProse(section).set(report, text);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Field field(String table) {
        Field field = TABLES.get(table);
        if (field == null) {
            throw new IllegalArgumentException("no table " + table);
        }
        return field;
    }

    private static Class<?> rowType(Field tableField) {
        return (Class<?>) ((ParameterizedType) tableField.getGenericType()).getActualTypeArguments()[1];
    }

    private static Field column(StatutoryRow row, String column) {
        Field field = COLUMNS.getOrDefault(row.getClass(), Map.of()).get(column);
        if (field == null) {
            throw new IllegalArgumentException("no column " + column);
        }
        return field;
    }

    private static Field proseField(String section) {
        return PROSE.computeIfAbsent(section, code -> {
            try {
                Field field = Report.class.getDeclaredField(camel(code));
                field.setAccessible(true);
                return field;
            } catch (NoSuchFieldException e) {
                return null;
            }
        });
    }

    private static Field requiredProse(String section) {
        Field field = proseField(section);
        if (field == null) {
            throw new IllegalArgumentException("no prose section " + section);
        }
        return field;
    }

    /** {@code in_force} → {@code inForce}. */
    static String camel(String code) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : code.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }

    /** {@code inForce} → {@code in_force}. */
    static String snake(String name) {
        return name.replaceAll("([A-Z])", "_$1").toLowerCase(java.util.Locale.ROOT);
    }
}
