package org.nianbao.report;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.nianbao.statutory.Cell;
import org.nianbao.statutory.Column;
import org.nianbao.statutory.ReportContent;
import org.nianbao.statutory.Row;
import org.nianbao.statutory.Section;
import org.nianbao.statutory.StatTable;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Stores published reports in batches of SQL, exactly as {@link Report} maps them (a row per non-blank statutory
 * row, a column per statutory column): for generators and tests that need thousands of reports quickly. The portal
 * itself publishes through {@link Report} and the publisher.
 */
public final class BulkReports {

    private final JdbcTemplate jdbc;

    public BulkReports(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One report to store: the agency's id, its content, when it was published. */
    public record Published(long agencyId, ReportContent content, Instant publishedAt) {
    }

    /** Stores each report (all of one edition) as revision 1, published; returns their ids in order. */
    public List<Long> insert(List<Published> reports) {
        List<Long> ids = reports.isEmpty() ? List.of() : jdbc.queryForList(
                "select nextval(pg_get_serial_sequence('report', 'id')) from generate_series(1, ?)", Long.class,
                reports.size());
        List<String> prose = reports.isEmpty() ? List.of()
                : reports.get(0).content().edition().proseSections().stream().map(Section::code).toList();
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < reports.size(); i++) {
            Published p = reports.get(i);
            ReportContent c = p.content();
            List<Object> row = new ArrayList<>(List.of(ids.get(i), p.agencyId(), c.year(), c.edition().id()));
            prose.forEach(code -> row.add(c.section(code)));
            row.add(Timestamp.from(p.publishedAt()));
            rows.add(row.toArray());
        }
        // a prose section is stored in the report's column named by its code (StoredTables)
        jdbc.batchUpdate("insert into report (id, agency_id, year, revision, edition, status, "
                + prose.stream().map(code -> code + ", ").collect(Collectors.joining()) + "published_at)"
                + " values (?, ?, ?, 1, ?, 'PUBLISHED', " + "?, ".repeat(prose.size()) + "?)", rows);
        for (StatTable table : reports.isEmpty() ? List.<StatTable>of() : reports.get(0).content().edition().tables()) {
            List<String> columns = columns(table);
            String key = StoredTables.keyColumn(table.code());
            String sql = "insert into " + table.code() + "_row (report_id, " + key + ", " + String.join(", ", columns)
                    + ") values (?, ?" + ", ?".repeat(columns.size()) + ")";
            List<Object[]> batch = new ArrayList<>();
            for (int i = 0; i < reports.size(); i++) {
                ReportContent c = reports.get(i).content();
                for (Row row : table.rows()) {
                    Object[] args = new Object[columns.size() + 2];
                    args[0] = ids.get(i);
                    args[1] = row.code();
                    boolean blank = true;
                    for (int k = 0; k < columns.size(); k++) {
                        BigDecimal value = row.column(columns.get(k)).isPresent()
                                ? c.value(new Cell(table.code(), row.code(), columns.get(k))) : null;
                        args[k + 2] = value;
                        blank &= value == null;
                    }
                    if (!blank) { // as Report stores it: an all-blank row is not stored
                        batch.add(args);
                    }
                }
            }
            jdbc.batchUpdate(sql, batch);
        }
        return ids;
    }

    private static List<String> columns(StatTable table) {
        Set<String> codes = new LinkedHashSet<>();
        for (Row row : table.rows()) {
            for (Column column : row.columns()) {
                codes.add(column.code());
            }
        }
        return List.copyOf(codes);
    }
}
