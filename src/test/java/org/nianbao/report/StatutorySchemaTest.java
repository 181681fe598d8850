package org.nianbao.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.nianbao.PersistenceTest;
import org.nianbao.statutory.Column;
import org.nianbao.statutory.Edition;
import org.nianbao.statutory.Row;
import org.nianbao.statutory.Section;
import org.nianbao.statutory.StatTable;
import org.nianbao.statutory.ValueKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The three descriptions of the statutory format cannot drift apart: the edition declarations, the entities that
 * mirror them ({@link StoredTables}) and the schema Flyway built (read from {@code information_schema} and the
 * CHECK constraints in {@code pg_constraint}).
 */
@PersistenceTest
class StatutorySchemaTest {

    @Autowired
    JdbcTemplate jdbc;

    /** Table code → column code → kind, over every edition (a column means the same in every edition). */
    private static Map<String, Map<String, ValueKind>> declaredColumns() {
        Map<String, Map<String, ValueKind>> tables = new LinkedHashMap<>();
        for (Edition edition : Edition.all()) {
            for (StatTable table : edition.tables()) {
                Map<String, ValueKind> columns = tables.computeIfAbsent(table.code(), t -> new LinkedHashMap<>());
                for (Row row : table.rows()) {
                    for (Column column : row.columns()) {
                        ValueKind earlier = columns.putIfAbsent(column.code(), column.kind());
                        assertThat(earlier == null ? column.kind() : earlier)
                                .as("%s.%s has one kind in every edition", table.code(), column.code())
                                .isEqualTo(column.kind());
                    }
                }
            }
        }
        return tables;
    }

    private static Set<String> declaredRows(String table) {
        Set<String> rows = new LinkedHashSet<>();
        for (Edition edition : Edition.all()) {
            edition.table(table).ifPresent(t -> t.rows().forEach(r -> rows.add(r.code())));
        }
        return rows;
    }

    @Test
    void theEntitiesMirrorEveryEditionAndNothingMore() {
        assertThat(StoredTables.problems(Edition.all())).isEmpty();
        Map<String, Map<String, ValueKind>> declared = declaredColumns();
        assertThat(StoredTables.tableCodes()).containsExactlyInAnyOrderElementsOf(declared.keySet());
        declared.forEach((table, columns) -> assertThat(StoredTables.columnCodes(table))
                .as("fields of the row entity of %s", table).containsExactlyInAnyOrderElementsOf(columns.keySet()));
    }

    @Test
    void everyStatutoryTableHasItsSqlTableWithAColumnOfTheKindsTypePerStatutoryColumn() {
        declaredColumns().forEach((table, columns) -> {
            String sqlTable = table + StoredTables.TABLE_SUFFIX;
            Map<String, String> types = new LinkedHashMap<>();
            jdbc.query("""
                    select column_name, data_type, numeric_precision, numeric_scale from information_schema.columns
                    where table_schema = current_schema() and table_name = ?""", rs -> {
                types.put(rs.getString(1), rs.getString(2) + (rs.getString(2).equals("numeric")
                        ? "(" + rs.getInt(3) + "," + rs.getInt(4) + ")" : ""));
            }, sqlTable);
            Set<String> expected = new LinkedHashSet<>(List.of("report_id", StoredTables.keyColumn(table)));
            expected.addAll(columns.keySet());
            assertThat(types.keySet()).as("columns of %s", sqlTable).containsExactlyInAnyOrderElementsOf(expected);
            assertThat(types.get(StoredTables.keyColumn(table))).isEqualTo("character varying");
            columns.forEach((column, kind) -> assertThat(types.get(column)).as("%s.%s", sqlTable, column)
                    .isEqualTo(kind.isCount() ? "integer"
                            : "numeric(" + ValueKind.AMOUNT_PRECISION + "," + ValueKind.AMOUNT_SCALE + ")"));
        });
    }

    @Test
    void theLimitsFitTheColumnTypes() {
        // the largest count and amount are stored and read back exactly; one more is refused by PostgreSQL
        assertThat(jdbc.queryForObject("select cast(? as integer)", Integer.class, ValueKind.MAX_COUNT.intValueExact()))
                .isEqualTo(Integer.MAX_VALUE);
        assertThat(jdbc.queryForObject("select cast(cast(? as text) as numeric(20, 6))", java.math.BigDecimal.class,
                ValueKind.MAX_AMOUNT.toPlainString())).isEqualByComparingTo(ValueKind.MAX_AMOUNT);
        assertThat(jdbc.queryForObject("select cast(cast(? as text) as numeric) > 99999999999999.999999",
                Boolean.class, ValueKind.MAX_AMOUNT.toPlainString())).isFalse();
        assertThat(ValueKind.MAX_AMOUNT.precision()).isEqualTo(ValueKind.AMOUNT_PRECISION);
        assertThat(ValueKind.MAX_AMOUNT.scale()).isEqualTo(ValueKind.AMOUNT_SCALE);
    }

    @Test
    void everyRowCodeCheckListsExactlyTheDeclaredRows() {
        for (String table : declaredColumns().keySet()) {
            String key = StoredTables.keyColumn(table);
            List<String> checks = checks(table + StoredTables.TABLE_SUFFIX).stream()
                    .filter(c -> c.contains("(" + key + ")")).toList();
            assertThat(checks).as("the check on %s", key).hasSize(1);
            Set<String> codes = new LinkedHashSet<>();
            Matcher quoted = Pattern.compile("'([^']*)'").matcher(checks.get(0));
            while (quoted.find()) {
                codes.add(quoted.group(1));
            }
            assertThat(codes).as("row codes allowed in %s", table).containsExactlyInAnyOrderElementsOf(
                    declaredRows(table));
        }
    }

    @Test
    void everyNonNegativeKindIsCheckedNonNegativeAndOnlyThose() {
        declaredColumns().forEach((table, columns) -> {
            List<String> checks = checks(table + StoredTables.TABLE_SUFFIX);
            columns.forEach((column, kind) -> assertThat(checks.contains("CHECK ((" + column + " >= (0)::numeric))")
                    || checks.contains("CHECK ((" + column + " >= 0))")).as("%s.%s >= 0", table, column)
                    .isEqualTo(kind != ValueKind.SIGNED_COUNT));
        });
    }

    @Test
    void theDatabaseAcceptsExactlyTheEditionEachYearSelects() {
        // every CHECK on report that reads the year or the edition, evaluated by PostgreSQL for each pair
        String conditions = String.join(" and ", checks("report").stream()
                .filter(c -> c.contains("year") || c.contains("edition")).filter(c -> !c.contains("status"))
                .map(c -> c.substring("CHECK ".length())).toList());
        assertThat(conditions).isNotBlank();
        Set<String> ids = new LinkedHashSet<>(List.of("2018", "2020", "2022"));
        Edition.all().forEach(e -> ids.add(e.id()));
        for (int year = Edition.FIRST_YEAR - 2; year <= 2040; year++) {
            for (String id : ids) {
                boolean accepted = jdbc.queryForObject("select " + conditions
                        + " from (values (?, cast(? as varchar(4)))) as v(year, edition)", Boolean.class, year, id);
                boolean declared = Edition.forYear(year).map(e -> e.id().equals(id)).orElse(false);
                assertThat(accepted).as("year %d, edition %s", year, id).isEqualTo(declared);
            }
        }
    }

    @Test
    void everyProseSectionIsATextColumnOfReport() {
        Map<String, String> types = new LinkedHashMap<>();
        jdbc.query("""
                select column_name, data_type from information_schema.columns
                where table_schema = current_schema() and table_name = 'report'""",
                rs -> {
                    types.put(rs.getString(1), rs.getString(2));
                });
        for (Edition edition : Edition.all()) {
            for (Section section : edition.proseSections()) {
                assertThat(types.get(section.code())).as(section.heading()).isEqualTo("text");
            }
        }
    }

    private List<String> checks(String table) {
        return jdbc.queryForList("""
                select pg_get_constraintdef(c.oid) from pg_constraint c
                where c.conrelid = cast(? as regclass) and c.contype = 'c'""", String.class, table);
    }
}
