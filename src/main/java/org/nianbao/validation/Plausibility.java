package org.nianbao.validation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.nianbao.statutory.Cell;
import org.nianbao.statutory.ReportContent;
import org.nianbao.statutory.StatTable;
import org.nianbao.statutory.ValueKind;
import org.nianbao.text.Text;
import org.nianbao.validation.ProseFigures.Claim;

/**
 * P1–P3: figures that are possible but hardly true. P1: a count above 1,000,000, or more than 100 times last
 * year's and above 1,000. P2: more than 10 blank cells in 表三. P3: every cell of 表三 is 0 while the prose reports
 * applications received or handled.
 */
final class Plausibility {

    static final BigDecimal CEILING = BigDecimal.valueOf(1_000_000);
    static final BigDecimal GROWTH = BigDecimal.valueOf(100);
    static final BigDecimal GROWTH_FLOOR = BigDecimal.valueOf(1_000);
    static final int BLANK_LIMIT = 10;

    private Plausibility() {
    }

    static List<Finding> check(ReportContent report, ReportContent previous) {
        List<Finding> findings = new ArrayList<>();
        for (StatTable table : report.edition().tables()) {
            for (Cell cell : table.cells()) {
                BigDecimal value = report.value(cell);
                if (value == null || table.kind(cell) == ValueKind.AMOUNT) {
                    continue;
                }
                String name = report.edition().cellName(cell);
                BigDecimal last = previous == null || !previous.edition().hasCell(cell) ? null : previous.value(cell);
                if (value.compareTo(CEILING) > 0) {
                    findings.add(new Finding("P1", Severity.WARNING, table.code(), List.of(cell), value, CEILING,
                            null, Text.of("finding.p1.ceiling", name, Texts.number(value))
                                    + Texts.ruleSuffix("P1")));
                } else if (last != null && value.compareTo(GROWTH_FLOOR) > 0
                        && value.compareTo(last.multiply(GROWTH)) > 0) {
                    findings.add(new Finding("P1", Severity.WARNING, table.code(), List.of(cell), value, last, null,
                            Text.of("finding.p1.growth", name, Texts.number(value), Texts.number(last))
                                    + Texts.ruleSuffix("P1")));
                }
            }
        }
        report.edition().table("applications").ifPresent(table -> {
            List<Cell> blank = report.blankCells().stream().filter(c -> c.table().equals(table.code())).toList();
            if (blank.size() > BLANK_LIMIT) {
                findings.add(new Finding("P2", Severity.WARNING, table.code(), blank, null, null, null,
                        Text.of("finding.p2.blanks", table.name(), blank.size(), BLANK_LIMIT)
                                + Texts.ruleSuffix("P2")));
            }
            boolean allZero = table.cells().stream().allMatch(c -> {
                BigDecimal v = report.value(c);
                return v != null && v.signum() == 0;
            });
            if (allZero) {
                ProseFigures.claims(report).stream()
                        .filter(c -> c.measure().applications() && c.figure().signum() > 0).findFirst()
                        .ifPresent(c -> findings.add(allZero(table, c)));
            }
        });
        return findings;
    }

    private static Finding allZero(StatTable table, Claim claim) {
        return new Finding("P3", Severity.WARNING, table.code(), List.of(), claim.figure(), BigDecimal.ZERO, null,
                Text.of("finding.p3.all-zero", table.name(), claim.sentence(), claim.measure().term())
                        + Texts.ruleSuffix("P3"), claim.span());
    }
}
