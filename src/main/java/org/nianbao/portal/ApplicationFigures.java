package org.nianbao.portal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.nianbao.statutory.Cell;
import org.nianbao.statutory.Column;
import org.nianbao.statutory.Edition;
import org.nianbao.statutory.Group;
import org.nianbao.statutory.ReportContent;
import org.nianbao.statutory.Row;
import org.nianbao.statutory.StatTable;
import org.nianbao.text.Text;

/**
 * An agency's applications over the years (表三, column 总计): how many it received and how it handled them,
 * grouped as the format groups its result rows (（一）予以公开 … （六）其他处理). The groups are read from the edition
 * declaration ({@link Row#group()} of the parts of the total result row), so both editions (and any future one)
 * give the same six outcomes, matched by their group codes, without a hand-written list.
 *
 * @param outcomes the outcome groups, in printed order
 * @param years    one line per year with a published report, oldest first
 */
record ApplicationFigures(List<Outcome> outcomes, List<YearFigures> years) {

    static final String TABLE = "applications";
    /** The row of applications received this year (第一项), a code of the statutory format. */
    static final String RECEIVED = "received";

    /** An outcome group: its short name (予以公开) and the printed group label (（一）予以公开). */
    record Outcome(String name, String label) {
    }

    /** One year's figures; a value is null where the report left a cell blank. */
    record YearFigures(int year, Long received, List<Long> outcomes) {

        public long outcomesTotal() {
            return outcomes.stream().mapToLong(v -> v == null ? 0 : v).sum();
        }

        public String format(Long value) {
            return value == null ? Text.of("portal.applications.blank") : value.toString();
        }
    }

    static ApplicationFigures of(List<ReportContent> reports) {
        Map<String, Outcome> outcomes = new LinkedHashMap<>();
        for (Edition edition : Edition.all()) {
            for (Group group : groups(edition).keySet()) {
                outcomes.putIfAbsent(group.code(), new Outcome(group.name(), group.label()));
            }
        }
        List<YearFigures> years = new ArrayList<>();
        reports.stream().filter(r -> r.edition().table(TABLE).isPresent())
                .sorted((a, b) -> Integer.compare(a.year(), b.year())).forEach(report -> {
                    StatTable table = report.edition().table(TABLE).orElseThrow();
                    String total = totalColumn(table);
                    Map<String, List<String>> groups = new LinkedHashMap<>();
                    groups(report.edition()).forEach((group, rows) -> groups.put(group.code(), rows));
                    List<Long> values = outcomes.keySet().stream()
                            .map(code -> sum(report, groups.getOrDefault(code, List.of()), total)).toList();
                    years.add(new YearFigures(report.year(), sum(report, List.of(RECEIVED), total), values));
                });
        return new ApplicationFigures(List.copyOf(outcomes.values()), years);
    }

    /** The largest figure, to scale a chart (at least 1). */
    long max() {
        return Math.max(1, years.stream()
                .mapToLong(y -> Math.max(y.received() == null ? 0 : y.received(), y.outcomesTotal())).max().orElse(0));
    }

    /**
     * Result rows by their declared group: the parts of the table's total result row, in printed order; none for an
     * edition without the table.
     */
    static Map<Group, List<String>> groups(Edition edition) {
        Map<Group, List<String>> groups = new LinkedHashMap<>();
        if (edition.table(TABLE).isEmpty()) {
            return groups;
        }
        StatTable table = edition.table(TABLE).get();
        Row totalRow = table.rows().stream().filter(Row::isTotal).findFirst().orElseThrow();
        for (String code : totalRow.parts()) {
            Row row = table.row(code).orElseThrow();
            groups.computeIfAbsent(Objects.requireNonNull(row.group(), "no group for " + code),
                    g -> new ArrayList<>()).add(code);
        }
        return groups;
    }

    private static String totalColumn(StatTable table) {
        return table.columns().stream().filter(Column::isTotal).findFirst().orElseThrow().code();
    }

    private static Long sum(ReportContent report, List<String> rows, String column) {
        if (rows.isEmpty()) {
            return null;
        }
        BigDecimal sum = ReportContent.sum(report.values(),
                rows.stream().map(r -> new Cell(TABLE, r, column)).toList());
        return sum == null ? null : sum.longValue();
    }
}
