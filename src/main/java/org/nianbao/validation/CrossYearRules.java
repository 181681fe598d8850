package org.nianbao.validation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.nianbao.statutory.Cell;
import org.nianbao.statutory.Column;
import org.nianbao.statutory.CrossYearIdentity;
import org.nianbao.statutory.CrossYearIdentity.Term;
import org.nianbao.statutory.Identity;
import org.nianbao.statutory.ReportContent;
import org.nianbao.statutory.Row;
import org.nianbao.statutory.StatTable;
import org.nianbao.text.Text;

/**
 * R5–R7: this year's figures against the same agency's report on the year before, as this report's edition declares
 * them ({@link org.nianbao.statutory.Edition#crossYear()}). All are warnings: a written explanation may justify them
 * (a 清理 of normative documents, a correction of last year's figures). An instance is skipped wherever a figure it
 * needs is blank or missing from either report's edition, so R6 does not run against a 2019-edition report (it has
 * no 现行有效件数).
 */
final class CrossYearRules {

    /** One operand of an instance: how the message names it, its cell, its value. */
    private record Operand(Term term, String name, Cell cell, BigDecimal value) {
    }

    private CrossYearRules() {
    }

    static List<Finding> check(ReportContent report, ReportContent previous) {
        List<Finding> findings = new ArrayList<>();
        if (previous == null) {
            return findings;
        }
        for (CrossYearIdentity identity : report.edition().crossYear()) {
            Optional<StatTable> table = report.edition().table(identity.table());
            Optional<StatTable> lastTable = previous.edition().table(identity.table());
            if (table.isEmpty() || lastTable.isEmpty()) {
                continue;
            }
            if (identity.axis() == Identity.Axis.ROWS) {
                for (Column column : table.get().columns()) {
                    check(identity, report, previous, table.get(), lastTable.get(),
                            () -> Text.of("finding.context.column", table.get().name(), column.label()),
                            (t, code) -> new Cell(t.code(), code, column.code()), findings);
                }
            } else {
                for (Row row : table.get().rows()) {
                    if (row.column(identity.target().code()).isPresent()) {
                        check(identity, report, previous, table.get(), lastTable.get(),
                                () -> table.get().name() + " " + row.shortLabel(),
                                (t, code) -> new Cell(t.code(), row.code(), code), findings);
                    }
                }
            }
        }
        return findings;
    }

    /** Where an operand's code puts its cell in one instance: the column's cell of a row, or the row's of a column. */
    private interface Place {
        Cell cell(StatTable table, String code);
    }

    private static void check(CrossYearIdentity identity, ReportContent report, ReportContent previous,
            StatTable table, StatTable lastTable, Supplier<String> context, Place place, List<Finding> findings) {
        Operand target = operand(identity, identity.target(), report, previous, table, lastTable, place);
        List<Operand> terms = new ArrayList<>();
        for (Term term : identity.terms()) {
            terms.add(operand(identity, term, report, previous, table, lastTable, place));
        }
        if (target == null || target.value() == null
                || terms.stream().anyMatch(o -> o == null || o.value() == null)) {
            return;
        }
        BigDecimal right = BigDecimal.ZERO;
        List<String> texts = new ArrayList<>();
        for (Operand operand : terms) {
            right = operand.term().sign() > 0 ? right.add(operand.value()) : right.subtract(operand.value());
            String name = Texts.term(operand.name(), operand.value());
            if (operand.term().isLastYear()) {
                name = Text.of("finding.cross-year.last-year", previous.year(), name);
            }
            texts.add((operand.term().sign() > 0 ? (texts.isEmpty() ? "" : "＋") : "－") + name);
        }
        BigDecimal left = target.value();
        if (left.compareTo(right) == 0) {
            return;
        }
        List<Cell> cells = new ArrayList<>(List.of(target.cell()));
        terms.stream().filter(o -> !o.term().isLastYear()).forEach(o -> cells.add(o.cell()));
        String rightText = String.join("", texts) + (terms.size() == 1 ? "" : "＝" + Texts.number(right));
        BigDecimal difference = left.subtract(right);
        String message = Text.of("finding.cross-year.mismatch", context.get(), Texts.term(target.name(), left),
                rightText, Texts.number(difference.abs())) + Texts.ruleSuffix(identity.rule());
        findings.add(new Finding(identity.rule(), Severity.WARNING, table.code(), cells, left, right, difference,
                message));
    }

    /** The operand {@code term} in one instance, or null when its cell is not in its year's edition. */
    private static Operand operand(CrossYearIdentity identity, Term term, ReportContent report,
            ReportContent previous, StatTable table, StatTable lastTable, Place place) {
        StatTable in = term.isLastYear() ? lastTable : table;
        Cell cell = place.cell(in, term.code());
        if (!in.hasCell(cell.row(), cell.column())) {
            return null;
        }
        String name = identity.axis() == Identity.Axis.ROWS
                ? in.row(term.code()).orElseThrow().shortLabel() + (term.caption() == null ? "" : " " + term.caption())
                : Texts.columnLabel(in, term.code());
        return new Operand(term, name, cell, (term.isLastYear() ? previous : report).value(cell));
    }
}
