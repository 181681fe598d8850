package org.nianbao.validation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.nianbao.statutory.Cell;
import org.nianbao.statutory.Column;
import org.nianbao.statutory.Identity;
import org.nianbao.statutory.ReportContent;
import org.nianbao.statutory.Row;
import org.nianbao.statutory.StatTable;
import org.nianbao.text.Text;

/**
 * R1–R4, read from the declaration: every identity of every table ({@link StatTable#identities()}) is checked in
 * every column (an identity between rows) or in every row (an identity between columns). An instance with a blank
 * operand is skipped: B1 reports the blank.
 */
final class SumRules {

    /** A side with more operands than this lists only its non-zero ones and counts the rest (R2's 21 rows). */
    static final int LISTED_OPERANDS = 7;

    private record Operand(String name, Cell cell) {
    }

    private SumRules() {
    }

    static List<Finding> check(ReportContent report) {
        List<Finding> findings = new ArrayList<>();
        for (StatTable table : report.edition().tables()) {
            for (Identity identity : table.identities()) {
                if (identity.axis() == Identity.Axis.ROWS) {
                    for (Column column : table.columns()) {
                        check(report, table, identity,
                                () -> Text.of("finding.context.column", table.name(), column.label()),
                                rowCode -> new Operand(table.row(rowCode).orElseThrow().shortLabel(),
                                        new Cell(table.code(), rowCode, column.code())), findings);
                    }
                } else {
                    for (Row row : table.rows()) {
                        check(report, table, identity, () -> table.name() + " " + row.shortLabel(),
                                columnCode -> new Operand(Texts.columnLabel(table, columnCode),
                                        new Cell(table.code(), row.code(), columnCode)), findings);
                    }
                }
            }
        }
        return findings;
    }

    /** One instance of {@code identity}: its operands are the codes mapped by {@code operand}. */
    private static void check(ReportContent report, StatTable table, Identity identity, Supplier<String> context,
            Function<String, Operand> operand, List<Finding> findings) {
        List<Operand> left = identity.left().stream().map(operand).toList();
        List<Operand> right = identity.right().stream().map(operand).toList();
        List<Cell> cells = Stream.concat(left.stream(), right.stream()).map(Operand::cell).toList();
        boolean complete = cells.stream()
                .allMatch(c -> table.hasCell(c.row(), c.column()) && report.value(c) != null);
        if (!complete) {
            return;
        }
        BigDecimal leftSum = sum(report, left);
        BigDecimal rightSum = sum(report, right);
        if (leftSum.compareTo(rightSum) == 0) {
            return;
        }
        BigDecimal difference = leftSum.subtract(rightSum);
        String message = Text.of(left.size() == 1 ? "finding.sum.mismatch-single" : "finding.sum.mismatch",
                context.get(), side(report, left, leftSum), side(report, right, rightSum),
                Texts.number(difference.abs())) + Texts.ruleSuffix(identity.rule());
        findings.add(new Finding(identity.rule(), Severity.ERROR, table.code(), cells, leftSum, rightSum, difference,
                message));
    }

    private static BigDecimal sum(ReportContent report, List<Operand> operands) {
        return operands.stream().map(o -> report.value(o.cell())).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * One side as the message writes it: {@code 总计(5)} for a single operand, else
     * {@code 自然人(1)＋商业企业(1)＝2}; a long side names only its non-zero operands, then 其余N项(0).
     */
    private static String side(ReportContent report, List<Operand> operands, BigDecimal sum) {
        if (operands.size() == 1) {
            Operand only = operands.get(0);
            return Texts.term(only.name(), report.value(only.cell()));
        }
        List<Operand> listed = operands.size() <= LISTED_OPERANDS ? operands
                : operands.stream().filter(o -> report.value(o.cell()).signum() != 0).toList();
        List<String> terms = new ArrayList<>(listed.stream()
                .map(o -> Texts.term(o.name(), report.value(o.cell()))).toList());
        int zeros = operands.size() - listed.size();
        if (zeros > 0) {
            terms.add(Text.of(listed.isEmpty() ? "finding.sum.zeros-all" : "finding.sum.zeros-rest", zeros));
        }
        return String.join("＋", terms) + "＝" + Texts.number(sum);
    }
}
