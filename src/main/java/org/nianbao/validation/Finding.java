package org.nianbao.validation;

import java.math.BigDecimal;
import java.util.List;
import org.nianbao.statutory.Cell;

/**
 * One thing the validation found: the rule (R1…T6, B1, V1, V2, P1–P3, …), its severity, the table ({@code null}
 * for prose rules), the cells involved, for arithmetic rules both sides and their difference
 * ({@code left - right}), the Chinese message and, for a rule on the prose, the place in the text ({@code span},
 * else null).
 */
public record Finding(String rule, Severity severity, String table, List<Cell> cells, BigDecimal left,
        BigDecimal right, BigDecimal difference, String message, TextSpan span) {

    public Finding {
        cells = List.copyOf(cells);
    }

    /** A finding on figures alone, with no place in the prose. */
    public Finding(String rule, Severity severity, String table, List<Cell> cells, BigDecimal left, BigDecimal right,
            BigDecimal difference, String message) {
        this(rule, severity, table, cells, left, right, difference, message, null);
    }

    /** Needs a written explanation before submission. */
    public boolean isWarning() {
        return severity == Severity.WARNING;
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    public boolean concerns(Cell cell) {
        return cells.contains(cell);
    }
}
