package org.nianbao.report;

import java.math.BigDecimal;

/**
 * A persisted row of a statutory table: its cells by column code, null for a blank cell. The fields are found by
 * {@link StoredTables}, not listed here.
 */
interface StatutoryRow {

    default BigDecimal get(String column) {
        return StoredTables.get(this, column);
    }

    default void set(String column, BigDecimal value) {
        StoredTables.set(this, column, value);
    }
}
