package org.nianbao.api;

import java.math.BigDecimal;
import java.util.List;
import org.nianbao.statutory.Cell;
import org.nianbao.validation.Finding;
import org.nianbao.validation.TextSpan;

/**
 * The answer of {@code POST /api/v1/validate}: whether the report has no error-level finding, the counts, and
 * every finding with its rule, severity, table ({@code null} for prose rules), cells, both sides and their
 * difference ({@code null} unless the rule is arithmetic) and Chinese message.
 */
record ValidationResult(boolean valid, int errorCount, int warningCount, int infoCount, List<Item> findings) {

    static ValidationResult of(List<Finding> findings) {
        int errors = (int) findings.stream().filter(Finding::isError).count();
        int warnings = (int) findings.stream().filter(Finding::isWarning).count();
        return new ValidationResult(errors == 0, errors, warnings, findings.size() - errors - warnings,
                findings.stream().map(Item::of).toList());
    }

    /** {@code text} is where a rule on the prose points: the section, the character offsets and the words there. */
    record Item(String rule, String severity, String table, List<CellRef> cells, BigDecimal left, BigDecimal right,
            BigDecimal difference, String message, TextSpan text) {

        static Item of(Finding finding) {
            return new Item(finding.rule(), finding.severity().code(), finding.table(),
                    finding.cells().stream().map(CellRef::of).toList(), plain(finding.left()),
                    plain(finding.right()), plain(finding.difference()), finding.message(), finding.span());
        }
    }

    /** A cell by its codes; {@code table} is repeated so that cells of prose rules are located too. */
    record CellRef(String table, String row, String column) {

        static CellRef of(Cell cell) {
            return new CellRef(cell.table(), cell.row(), cell.column());
        }
    }

    /** Without trailing zeros and never in scientific notation once written (1E+1 becomes 10). */
    private static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
