package org.nianbao.validation;

import java.math.BigDecimal;
import java.util.List;
import org.nianbao.statutory.Cell;

/**
 * One thing the validation found: the rule (R1…T4, B1, V1, V2), its severity, the table ({@code null} for prose
 * rules), the cells involved, for arithmetic rules both sides and their difference ({@code left - right}), and
 * the Chinese message.
 */
public record Finding(String rule, Severity severity, String table, List<Cell> cells, BigDecimal left,
        BigDecimal right, BigDecimal difference, String message) {

    public Finding {
        cells = List.copyOf(cells);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    public boolean concerns(Cell cell) {
        return cells.contains(cell);
    }
}
