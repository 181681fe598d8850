package org.nianbao.validation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.nianbao.statutory.Cell;
import org.nianbao.statutory.ReportContent;
import org.nianbao.statutory.StatTable;
import org.nianbao.statutory.ValueKind;
import org.nianbao.text.Text;

/**
 * What single cells may hold. V1: a count is a whole number, non-negative unless it is a
 * {@link ValueKind#SIGNED_COUNT}. V2: an amount is non-negative with at most {@link ValueKind#AMOUNT_SCALE}
 * significant decimal places (trailing zeros do not count: 1.50000000 is the amount 1.5). B1: no cell is blank.
 */
final class CellRules {

    /** How many blank cells a B1 message names before it says 等. */
    static final int NAMED_BLANKS = 3;

    private CellRules() {
    }

    /** V1 and V2: one finding per cell holding a value outside its kind's domain, in the edition's cell order. */
    static List<Finding> values(ReportContent report) {
        List<Finding> findings = new ArrayList<>();
        for (StatTable table : report.edition().tables()) {
            for (Cell cell : table.cells()) {
                BigDecimal value = report.value(cell);
                if (value != null) {
                    ValueKind kind = table.kind(cell);
                    List<String> problems = problems(kind, value);
                    if (!problems.isEmpty()) {
                        String rule = kind == ValueKind.AMOUNT ? "V2" : "V1";
                        String message = Text.of("finding.cell.problems", table.name(), Texts.cellName(table, cell),
                                Texts.number(value), String.join(Text.of("finding.cell.problems.and"), problems))
                                + Texts.ruleSuffix(rule);
                        findings.add(new Finding(rule, Severity.ERROR, table.code(), List.of(cell), null, null, null,
                                message));
                    }
                }
            }
        }
        return findings;
    }

    private static List<String> problems(ValueKind kind, BigDecimal value) {
        boolean negative = value.signum() < 0;
        int decimals = value.stripTrailingZeros().scale();
        List<String> problems = new ArrayList<>();
        switch (kind) {
            case COUNT -> {
                if (negative || decimals > 0) {
                    problems.add(Text.of("finding.v1.not-non-negative-integer"));
                }
            }
            case SIGNED_COUNT -> {
                if (decimals > 0) {
                    problems.add(Text.of("finding.v1.not-integer"));
                }
            }
            case AMOUNT -> {
                if (negative) {
                    problems.add(Text.of("finding.v2.negative"));
                }
                if (decimals > ValueKind.AMOUNT_SCALE) {
                    problems.add(Text.of("finding.v2.too-many-decimals", ValueKind.AMOUNT_SCALE));
                }
            }
        }
        return problems;
    }

    /** B1: one finding per table that has blank cells, listing them all in {@code cells}. */
    static List<Finding> blanks(ReportContent report) {
        List<Cell> blank = report.blankCells();
        List<Finding> findings = new ArrayList<>();
        for (StatTable table : report.edition().tables()) {
            List<Cell> cells = blank.stream().filter(c -> c.table().equals(table.code())).toList();
            if (!cells.isEmpty()) {
                String named = cells.stream().limit(NAMED_BLANKS).map(c -> Texts.cellName(table, c))
                        .collect(Collectors.joining("、"));
                if (cells.size() > NAMED_BLANKS) {
                    named = Text.of("finding.b1.named-more", named);
                }
                String message = Text.of("finding.b1.blanks", table.name(), cells.size(), named)
                        + Texts.ruleSuffix("B1");
                findings.add(new Finding("B1", Severity.ERROR, table.code(), cells, null, null, null, message));
            }
        }
        return findings;
    }
}
