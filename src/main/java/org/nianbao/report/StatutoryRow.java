package org.nianbao.report;

import java.math.BigDecimal;

/** A persisted row of a statutory table: its cells by column code, null for a blank cell. */
interface StatutoryRow {

    BigDecimal get(String column);

    void set(String column, BigDecimal value);

    static Integer count(BigDecimal value) {
        return value == null ? null : value.intValueExact();
    }

    static BigDecimal decimal(Integer value) {
        return value == null ? null : BigDecimal.valueOf(value);
    }

    static IllegalArgumentException unknown(String column) {
        return new IllegalArgumentException("no column " + column);
    }
}
