package org.nianbao.validation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.nianbao.statutory.Cell;
import org.nianbao.statutory.Edition;
import org.nianbao.statutory.ReportContent;
import org.nianbao.text.Text;
import org.nianbao.validation.ProseFigures.Claim;

/**
 * T1: the figures the prose quotes against the tables. A figure that matches none of its measure's readings is a
 * warning quoting the sentence and naming the cell and both numbers; where the sentence is ambiguous (another
 * measure's keyword between keyword and figure, an approximate figure, a measure the prose may mean loosely) the
 * mismatch is an info saying so, never a guess. A percentage after a figure (予以公开2件，占50%) is checked as that
 * figure's share of the results, of the new applications or of all applications handled, whichever it matches.
 */
final class TextAgainstTables {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private TextAgainstTables() {
    }

    static List<Finding> check(ReportContent report) {
        List<Finding> findings = new ArrayList<>();
        Edition edition = report.edition();
        for (Claim claim : ProseFigures.claims(report)) {
            List<Cell> named = claim.measure().readings().get(0);
            BigDecimal table = ProseFigures.value(report, named);
            if (table == null) {
                continue;
            }
            boolean matches = claim.measure().readings().stream().map(r -> ProseFigures.value(report, r))
                    .anyMatch(v -> v != null && (claim.approximate() ? v.compareTo(claim.figure()) >= 0
                            : v.compareTo(claim.figure()) == 0));
            String where = "「" + claim.sentence() + "」";
            String cellName = ProseFigures.name(edition, named);
            if (!matches) {
                if (claim.ambiguous() || claim.approximate() || !claim.measure().strict()) {
                    findings.add(new Finding("T1", Severity.INFO, null, named, claim.figure(), table, null,
                            Text.of("finding.t1.uncertain", where, Texts.number(claim.figure()),
                                    claim.measure().term(), cellName, Texts.number(table))
                                    + Texts.ruleSuffix("T1"), claim.span()));
                } else {
                    BigDecimal difference = claim.figure().subtract(table);
                    findings.add(new Finding("T1", Severity.WARNING, null, named, claim.figure(), table, difference,
                            Text.of("finding.t1.mismatch", where, claim.measure().term(),
                                    Texts.number(claim.figure()), cellName, Texts.number(table),
                                    Texts.number(difference.abs())) + Texts.ruleSuffix("T1"), claim.span()));
                }
                continue;
            }
            if (claim.percent() != null) {
                percent(report, claim, where, findings);
            }
        }
        return findings;
    }

    /** The share after a figure, against the denominators it may mean; a warning only when it matches none. */
    private static void percent(ReportContent report, Claim claim, String where, List<Finding> findings) {
        List<List<Cell>> denominators = List.of(cell(report, "results_total"), cell(report, "received"),
                cell(report, "received", "carried_in"));
        BigDecimal first = null;
        for (List<Cell> denominator : denominators) {
            BigDecimal total = ProseFigures.value(report, denominator);
            if (total == null || total.signum() == 0) {
                continue;
            }
            BigDecimal share = claim.figure().multiply(HUNDRED).divide(total, 10, RoundingMode.HALF_UP);
            first = first == null ? share : first;
            BigDecimal tolerance = BigDecimal.ONE.movePointLeft(claim.percentDecimals());
            if (share.subtract(claim.percent()).abs().compareTo(tolerance) < 0) {
                return;
            }
        }
        if (first != null) {
            List<Cell> base = denominators.get(0);
            findings.add(new Finding("T1", Severity.WARNING, null, base, claim.percent(),
                    first.setScale(Math.max(claim.percentDecimals(), 1), RoundingMode.HALF_UP), null,
                    Text.of("finding.t1.percent", where, claim.measure().term(), Texts.number(claim.percent()),
                            ProseFigures.name(report.edition(), base), Texts.number(ProseFigures.value(report, base)),
                            Texts.number(first.setScale(Math.max(claim.percentDecimals(), 1), RoundingMode.HALF_UP)))
                            + Texts.ruleSuffix("T1"), claim.span()));
        }
    }

    private static List<Cell> cell(ReportContent report, String... rows) {
        List<Cell> cells = new ArrayList<>();
        for (String row : rows) {
            Cell cell = new Cell("applications", row, "total");
            if (!report.edition().hasCell(cell)) {
                return List.of();
            }
            cells.add(cell);
        }
        return cells;
    }
}
