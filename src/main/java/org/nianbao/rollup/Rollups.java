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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes roll-ups in SQL, never by loading reports: one query lists the agencies below the government with their
 * latest published revision, one per table sums its rows, one finds the included reports that break R1–R4.
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
        Optional<Rollup.Member> government = jdbc.sql("select id, code, name, kind from agency where code = :code")
                .param("code", agencyCode)
                .query((rs, n) -> new Rollup.Member(rs.getString(2), rs.getString(3),
                        AgencyKind.valueOf(rs.getString(4)), 0, null))
                .optional();
        if (edition.isEmpty() || government.isEmpty()) {
            return Optional.empty();
        }
        long root = jdbc.sql("select id from agency where code = :code").param("code", agencyCode)
                .query(Long.class).single();
        Map<String, Object> params = Map.of("root", root, "all", allLevels, "year", year);

        List<Rollup.Member> included = new ArrayList<>();
        List<Rollup.Member> missing = new ArrayList<>();
        Map<Long, Rollup.Member> byReport = new HashMap<>();
        jdbc.sql(RollupSql.SCOPE + """
                select a.code, a.name, a.kind, s.depth, p.name, s.report_id
                from scope s join agency a on a.id = s.id left join agency p on p.id = a.parent_id
                order by s.depth, a.parent_id, a.id""")
                .params(params)
                .query((ResultSet rs) -> {
                    Rollup.Member member = new Rollup.Member(rs.getString(1), rs.getString(2),
                            AgencyKind.valueOf(rs.getString(3)), rs.getInt(4), rs.getString(5));
                    long report = rs.getLong(6);
                    if (rs.wasNull()) {
                        missing.add(member);
                    } else {
                        included.add(member);
                        byReport.put(report, member);
                    }
                });

        Map<Cell, BigDecimal> values = new HashMap<>();
        for (StatTable table : edition.get().tables()) {
            List<String> columns = RollupSql.columns(table);
            jdbc.sql(RollupSql.sums(table)).params(params).query((ResultSet rs) -> {
                String row = rs.getString("row_key");
                for (String column : columns) {
                    Cell cell = new Cell(table.code(), row, column);
                    BigDecimal sum = rs.getBigDecimal(column);
                    // a cell blank in any included report is blank in the sum: its total is not known
                    if (table.hasCell(row, column) && sum != null && rs.getLong(column + "__n") == byReport.size()) {
                        values.put(cell, sum);
                    }
                }
            });
        }
        if (included.isEmpty()) {
            values.clear();
        }

        Set<Long> failingReports = new HashSet<>();
        String failing = RollupSql.failing(edition.get());
        if (failing != null && !included.isEmpty()) {
            jdbc.sql(failing).params(params).query((ResultSet rs) -> {
                failingReports.add(rs.getLong(1));
            });
        }
        List<Rollup.Member> failingMembers = byReport.entrySet().stream()
                .filter(e -> failingReports.contains(e.getKey())).map(Map.Entry::getValue)
                .sorted((a, b) -> Integer.compare(included.indexOf(a), included.indexOf(b))).toList();

        Rollup.Member gov = government.get();
        ReportContent content = new ReportContent(gov.code(), gov.name(), year, edition.get(),
                ReportContent.sections("", "", ""), values);
        return Optional.of(new Rollup(gov, year, allLevels, content, List.copyOf(included), List.copyOf(missing),
                failingMembers));
    }
}
