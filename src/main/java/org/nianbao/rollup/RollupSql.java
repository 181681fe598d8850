package org.nianbao.rollup;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.nianbao.statutory.Column;
import org.nianbao.statutory.Edition;
import org.nianbao.statutory.Identity;
import org.nianbao.statutory.Row;
import org.nianbao.statutory.StatTable;

/**
 * The SQL of a roll-up, generated from the edition's declaration (tables, rows, columns, identities) so that no
 * statutory code is written out here: the scope of agencies below a government, the sums of each table, and the
 * reports whose own figures break R1–R4. Codes come from the declaration and match {@code [a-z_]+}; they are
 * checked before being put into SQL.
 */
final class RollupSql {

    private RollupSql() {
    }

    /**
     * The agencies below {@code :root} (all levels when {@code :all}, else direct children), in the hierarchy's
     * order, each with its latest published revision on {@code :year}: columns {@code code, name, kind, depth,
     * parent_name, report_id} (null when it has none) and {@code sums_pass} (that revision's R1–R4 result recorded at
     * publication; null when not recorded). The recursion carries each agency's columns and its parent's name, so
     * that nothing is joined back to the agency table (whose join the planner cannot size against the recursion).
     */
    static final String SCOPE = """
            with recursive below (id, code, name, kind, parent_id, parent_name, depth) as (
                select id, code, name, kind, parent_id, null::varchar, 0 from agency where id = :root
                union all
                select a.id, a.code, a.name, a.kind, a.parent_id, b.name, b.depth + 1
                from agency a join below b on a.parent_id = b.id
                where :all or b.depth = 0)
            select b.code, b.name, b.kind, b.depth, b.parent_name, r.id as report_id, r.sums_pass
            from below b left join lateral (select r.id, r.sums_pass from report r
                                            where r.agency_id = b.id and r.year = :year and r.status = 'PUBLISHED'
                                            order by r.revision desc limit 1) r on true
            where b.depth > 0
            order by b.depth, b.parent_id, b.id
            """;

    /** The stored table of a statutory table and the column naming its rows. */
    static String storedTable(StatTable table) {
        return safe(table.code()) + "_row";
    }

    static String keyColumn(StatTable table) {
        return org.nianbao.report.StoredTables.keyColumn(table.code());
    }

    /** The stored rows of {@code table} of the reports {@code :ids} (an array of report ids), as {@code t}. */
    private static String rows(StatTable table) {
        return storedTable(table) + " t where t.report_id = any(:ids)";
    }

    /** Every column code used by some row of {@code table}, in declaration order. */
    static List<String> columns(StatTable table) {
        Set<String> codes = new LinkedHashSet<>();
        for (Row row : table.rows()) {
            for (Column column : row.columns()) {
                codes.add(safe(column.code()));
            }
        }
        return List.copyOf(codes);
    }

    /**
     * Per row of {@code table}: for each column its sum and how many reports have it filled
     * ({@code <col>}, {@code <col>__n}), over the reports {@code :ids}.
     */
    static String sums(StatTable table) {
        String key = keyColumn(table);
        String aggregates = columns(table).stream().map(c -> "sum(" + c + ") as " + c + ", count(" + c + ") as "
                + c + "__n").collect(Collectors.joining(", "));
        return "select t." + key + " as row_key, " + aggregates + " from " + rows(table) + " group by t." + key;
    }

    /**
     * The ids among the reports {@code :ids} whose own figures break an identity of the edition (R1–R4), checked as
     * {@code validation.SumRules} checks them: an instance with a blank operand is skipped. Null when the edition
     * declares no identity.
     */
    static String failing(Edition edition) {
        List<String> queries = new ArrayList<>();
        for (StatTable table : edition.tables()) {
            List<String> conditions = new ArrayList<>();
            for (Identity identity : table.identities()) {
                if (identity.axis() == Identity.Axis.ROWS) {
                    for (Column column : table.columns()) {
                        conditions.addAll(rowsIdentity(table, identity, column.code()));
                    }
                } else {
                    for (Row row : table.rows()) {
                        conditions.addAll(columnsIdentity(table, identity, row));
                    }
                }
            }
            if (!conditions.isEmpty()) {
                queries.add("select t.report_id from " + rows(table) + " group by t.report_id having "
                        + String.join("\n or ", conditions));
            }
        }
        return queries.isEmpty() ? null : String.join("\nunion\n", queries);
    }

    private static List<String> rowsIdentity(StatTable table, Identity identity, String column) {
        Set<String> operands = new LinkedHashSet<>(identity.left());
        operands.addAll(identity.right());
        if (!operands.stream().allMatch(r -> table.hasCell(r, column))) {
            return List.of();
        }
        String key = keyColumn(table);
        String c = safe(column);
        return List.of("(count(" + c + ") filter (where " + key + " in (" + list(operands) + ")) = " + operands.size()
                + " and " + side(key, c, identity.left()) + " <> " + side(key, c, identity.right()) + ")");
    }

    private static String side(String key, String column, List<String> rows) {
        // one sum per operand, so that a row named twice on a side counts twice, as SumRules adds it
        return "(" + rows.stream().map(r -> "coalesce(sum(" + column + ") filter (where " + key + " = '" + safe(r)
                + "'), 0)").collect(Collectors.joining(" + ")) + ")";
    }

    private static List<String> columnsIdentity(StatTable table, Identity identity, Row row) {
        List<String> all = new ArrayList<>(identity.left());
        all.addAll(identity.right());
        if (!all.stream().allMatch(c -> table.hasCell(row.code(), c))) {
            return List.of();
        }
        String left = identity.left().stream().map(RollupSql::safe).collect(Collectors.joining(" + "));
        String right = identity.right().stream().map(RollupSql::safe).collect(Collectors.joining(" + "));
        return List.of("coalesce(bool_or(" + keyColumn(table) + " = '" + safe(row.code()) + "' and (" + left
                + ") <> (" + right + ")), false)");
    }

    private static String list(Set<String> codes) {
        return codes.stream().map(c -> "'" + safe(c) + "'").collect(Collectors.joining(", "));
    }

    private static String safe(String code) {
        if (!code.matches("[a-z_]+")) {
            throw new IllegalArgumentException("not a statutory code: " + code);
        }
        return code;
    }
}
