package org.nianbao.statutory;

import java.math.BigDecimal;

/**
 * What a statutory cell may hold, and its one limit. The limits are the database's: a count is stored as SQL
 * {@code integer}, an amount as {@code numeric(20, 6)}; the editor, the exchange reader and the importers refuse
 * anything beyond them, and {@code StatutorySchemaTest} checks the column types against these constants.
 */
public enum ValueKind {
    /** A non-negative whole number of documents, decisions, applications or cases. */
    COUNT,
    /** A whole number that may be negative (the 2019 edition's 本年增/减). */
    SIGNED_COUNT,
    /** An exact decimal amount (万元), stored with {@link #AMOUNT_SCALE} places. */
    AMOUNT;

    /** Decimal places stored for amounts. */
    public static final int AMOUNT_SCALE = 6;

    /** Digits stored for amounts, decimals included: {@code numeric(20, 6)}, so 14 whole digits. */
    public static final int AMOUNT_PRECISION = 20;

    /** Whole digits an amount may have. */
    public static final int AMOUNT_WHOLE_DIGITS = AMOUNT_PRECISION - AMOUNT_SCALE;

    /** The largest count (in magnitude) a cell holds: SQL {@code integer}. */
    public static final BigDecimal MAX_COUNT = BigDecimal.valueOf(Integer.MAX_VALUE);

    /** The largest amount a cell holds: 99999999999999.999999. */
    public static final BigDecimal MAX_AMOUNT = BigDecimal.TEN.pow(AMOUNT_WHOLE_DIGITS)
            .subtract(BigDecimal.ONE.movePointLeft(AMOUNT_SCALE));

    public boolean isCount() {
        return this != AMOUNT;
    }

    /** The largest magnitude a cell of this kind holds. */
    public BigDecimal max() {
        return isCount() ? MAX_COUNT : MAX_AMOUNT;
    }

    /** Whether {@code value}'s magnitude is within {@link #max()} (its sign and decimals are checked elsewhere). */
    public boolean fits(BigDecimal value) {
        return value.abs().compareTo(max()) <= 0;
    }
}
