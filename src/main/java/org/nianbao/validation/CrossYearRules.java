package org.nianbao.validation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.nianbao.statutory.Cell;
import org.nianbao.statutory.Column;
import org.nianbao.statutory.ReportContent;
import org.nianbao.statutory.Row;
import org.nianbao.statutory.StatTable;

/**
 * R5–R7: this year's figures against the same agency's report on the year before. All are warnings: a written
 * explanation may justify them (a 清理 of normative documents, a correction of last year's figures). A rule is
 * skipped wherever a figure it needs is blank or missing from either report's edition, so R6 does not run against
 * a 2019-edition report (it has no 现行有效件数) and R7 runs only between 2019-edition reports.
 */
final class CrossYearRules {

    private static final String APPLICATIONS = "applications";
    private static final String PROACTIVE = "proactive";

    /** An operand of a cross-year formula: a column of the same row, this or last year's, added or taken away. */
    private record Term(boolean lastYear, String column, int sign) {

        static Term last(String column) {
            return new Term(true, column, 1);
        }

        static Term plus(String column) {
            return new Term(false, column, 1);
        }

        static Term minus(String column) {
            return new Term(false, column, -1);
        }
    }

    private CrossYearRules() {
    }

    static List<Finding> check(ReportContent report, ReportContent previous) {
        List<Finding> findings = new ArrayList<>();
        if (previous == null) {
            return findings;
        }
        carriedOver(report, previous, findings);
        rowFormula("R6", report, previous, "in_force", List.of(Term.last("in_force"), Term.plus("issued"),
                Term.minus("repealed")), findings);
        rowFormula("R7", report, previous, "total_published",
                List.of(Term.last("total_published"), Term.plus("new_published")), findings);
        rowFormula("R7", report, previous, "items_last_year",
                List.of(Term.last("items_last_year"), Term.last("items_change")), findings);
        return findings;
    }

    /** R5: in every column of table 3, 上年结转 equals last year's 结转下年度继续办理. */
    private static void carriedOver(ReportContent report, ReportContent previous, List<Finding> findings) {
        Optional<StatTable> table = report.edition().table(APPLICATIONS);
        Optional<StatTable> lastTable = previous.edition().table(APPLICATIONS);
        if (table.isEmpty() || lastTable.isEmpty()) {
            return;
        }
        Optional<Row> carriedIn = table.get().row("carried_in");
        Optional<Row> carriedOut = lastTable.get().row("carried_out");
        if (carriedIn.isEmpty() || carriedOut.isEmpty()) {
            return;
        }
        for (Column column : table.get().columns()) {
            Cell in = new Cell(APPLICATIONS, "carried_in", column.code());
            Cell out = new Cell(APPLICATIONS, "carried_out", column.code());
            BigDecimal thisIn = table.get().hasCell(in.row(), in.column()) ? report.value(in) : null;
            BigDecimal lastOut = lastTable.get().hasCell(out.row(), out.column()) ? previous.value(out) : null;
            if (thisIn != null && lastOut != null && thisIn.compareTo(lastOut) != 0) {
                findings.add(finding("R5", table.get(), List.of(in), thisIn, lastOut,
                        table.get().name() + " " + column.label() + "列",
                        Texts.term(carriedIn.get().shortLabel() + " 上年结转", thisIn),
                        previous.year() + "年报告 " + Texts.term(carriedOut.get().shortLabel() + " 结转下年度继续办理",
                                lastOut)));
            }
        }
    }

    /**
     * In every row of table 2 that has {@code target} and the columns of {@code terms} (this year's in this
     * report's edition, last year's in the previous report's), {@code target} equals the signed sum of the terms.
     */
    private static void rowFormula(String rule, ReportContent report, ReportContent previous, String target,
            List<Term> terms, List<Finding> findings) {
        Optional<StatTable> table = report.edition().table(PROACTIVE);
        Optional<StatTable> lastTable = previous.edition().table(PROACTIVE);
        if (table.isEmpty() || lastTable.isEmpty()) {
            return;
        }
        for (Row row : table.get().rows()) {
            if (row.column(target).isEmpty()) {
                continue;
            }
            Cell targetCell = new Cell(PROACTIVE, row.code(), target);
            BigDecimal left = report.value(targetCell);
            List<Cell> cells = new ArrayList<>(List.of(targetCell));
            List<String> texts = new ArrayList<>();
            BigDecimal right = BigDecimal.ZERO;
            for (Term term : terms) {
                StatTable termTable = term.lastYear() ? lastTable.get() : table.get();
                Cell cell = new Cell(PROACTIVE, row.code(), term.column());
                BigDecimal value = !termTable.hasCell(row.code(), term.column()) ? null
                        : term.lastYear() ? previous.value(cell) : report.value(cell);
                if (value == null) {
                    left = null;
                    break;
                }
                right = term.sign() > 0 ? right.add(value) : right.subtract(value);
                String name = (term.lastYear() ? previous.year() + "年报告 " : "")
                        + Texts.term(Texts.columnLabel(termTable, term.column()), value);
                texts.add((term.sign() > 0 ? (texts.isEmpty() ? "" : "＋") : "－") + name);
                if (!term.lastYear()) {
                    cells.add(cell);
                }
            }
            if (left != null && left.compareTo(right) != 0) {
                findings.add(finding(rule, table.get(), cells, left, right, table.get().name() + " " + row.shortLabel(),
                        Texts.term(Texts.columnLabel(table.get(), target), left),
                        String.join("", texts) + "＝" + Texts.number(right)));
            }
        }
    }

    private static Finding finding(String rule, StatTable table, List<Cell> cells, BigDecimal left, BigDecimal right,
            String context, String leftText, String rightText) {
        BigDecimal difference = left.subtract(right);
        String message = context + "：" + leftText + " 与 " + rightText + " 不一致，相差"
                + Texts.number(difference.abs()) + Texts.ruleSuffix(rule);
        return new Finding(rule, Severity.WARNING, table.code(), cells, left, right, difference, message);
    }
}
