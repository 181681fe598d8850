package org.nianbao.validation;

import java.math.BigDecimal;
import org.nianbao.statutory.Cell;
import org.nianbao.statutory.StatTable;

/** How findings write figures and name cells, shared by the rules. */
final class Texts {

    private Texts() {
    }

    /** A figure as people write it: no exponent, no trailing zeros (2, 0.5, -1). */
    static String number(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    /** An operand with its figure: 第一项(3). */
    static String term(String name, BigDecimal value) {
        return name + "(" + number(value) + ")";
    }

    /** A cell inside its table: 第一项 自然人. */
    static String cellName(StatTable table, Cell cell) {
        return table.row(cell.row()).orElseThrow().shortLabel() + " " + columnLabel(table, cell.column());
    }

    static String columnLabel(StatTable table, String columnCode) {
        return table.columns().stream().filter(c -> c.code().equals(columnCode)).findFirst().orElseThrow().label();
    }

    /** The end of every message: the rule id in full-width brackets. */
    static String ruleSuffix(String rule) {
        return "（" + rule + "）";
    }
}
