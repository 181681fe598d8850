package org.nianbao.rollup;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.nianbao.agency.AgencyKind;
import org.nianbao.statutory.Cell;
import org.nianbao.statutory.Edition;
import org.nianbao.statutory.ReportContent;
import org.nianbao.statutory.StatTable;
import org.springframework.jdbc.core.SqlTypeValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes roll-ups in SQL, never by loading reports: one query lists the agencies below the government with their
 * latest published revision and its R1–R4 result recorded at publication ({@link SumChecks}), one per table sums the
 * rows of those revisions; revisions stored without the record are checked in SQL here.
 */
@Service
public class Rollups {

    private final JdbcClient jdbc;

    public Rollups(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The roll-up under the agency {@code agencyCode} on {@code year}; empty when there is no such agency or no
     * edition for the year.
     */
    @Transactional(readOnly = true)
    public Optional<Rollup> of(String agencyCode, int year, boolean allLevels) {
        Optional<Edition> edition = Edition.forYear(year);
        record Government(long id, Rollup.Member member) {
        }
        Optional<Government> government = jdbc.sql("select id, code, name, kind from agency where code = :code")
                .param("code", agencyCode)
                .query((rs, n) -> new Government(rs.getLong(1), new Rollup.Member(rs.getString(2), rs.getString(3),
                        AgencyKind.valueOf(rs.getString(4)), 0, null)))
                .optional();
        if (edition.isEmpty() || government.isEmpty()) {
            return Optional.empty();
        }

        // the scope once: every agency below with its latest published revision and its recorded R1–R4 result
        List<Rollup.Member> included = new ArrayList<>();
        List<Rollup.Member> missing = new ArrayList<>();
        List<Long> reportIds = new ArrayList<>();
        Set<Long> failingReports = new HashSet<>();
        List<Long> unchecked = new ArrayList<>();
        jdbc.sql(RollupSql.SCOPE)
                .params(Map.of("root", government.get().id(), "all", allLevels, "year", year))
                .query((ResultSet rs) -> {
                    Rollup.Member member = new Rollup.Member(rs.getString(1), rs.getString(2),
                            AgencyKind.valueOf(rs.getString(3)), rs.getInt(4), rs.getString(5));
                    long report = rs.getLong(6);
                    if (rs.wasNull()) {
                        missing.add(member);
                        return;
                    }
                    included.add(member);
                    reportIds.add(report);
                    boolean passes = rs.getBoolean(7);
                    if (rs.wasNull()) {
                        unchecked.add(report);
                    } else if (!passes) {
                        failingReports.add(report);
                    }
                });

        // the sums of each table over the included reports
        Map<Cell, BigDecimal> values = new HashMap<>();
        SqlTypeValue ids = SumChecks.bigints(reportIds);
        for (StatTable table : included.isEmpty() ? List.<StatTable>of() : edition.get().tables()) {
            List<String> columns = RollupSql.columns(table);
            jdbc.sql(RollupSql.sums(table)).param("ids", ids).query((ResultSet rs) -> {
                String row = rs.getString("row_key");
                for (String column : columns) {
                    Cell cell = new Cell(table.code(), row, column);
                    BigDecimal sum = rs.getBigDecimal(column);
                    // a cell blank in any included report is blank in the sum: its total is not known
                    if (table.hasCell(row, column) && sum != null && rs.getLong(column + "__n") == included.size()) {
                        values.put(cell, sum);
                    }
                }
            });
        }

        // R1–R4 as recorded at publication; checked here for revisions stored without the record
        failingReports.addAll(SumChecks.failing(jdbc, edition.get(), unchecked));
        List<Rollup.Member> failingMembers = new ArrayList<>();
        for (int i = 0; i < included.size(); i++) {
            if (failingReports.contains(reportIds.get(i))) {
                failingMembers.add(included.get(i));
            }
        }

        Rollup.Member gov = government.get().member();
        ReportContent content = new ReportContent(gov.code(), gov.name(), year, edition.get(),
                ReportContent.sections("", "", ""), values);
        return Optional.of(new Rollup(gov, year, allLevels, content, List.copyOf(included), List.copyOf(missing),
                List.copyOf(failingMembers)));
    }
}
