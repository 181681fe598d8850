package org.nianbao.statutory;

/** What a statutory cell may hold. */
public enum ValueKind {
    /** A non-negative whole number of documents, decisions, applications or cases. */
    COUNT,
    /** A whole number that may be negative (the 2019 edition's 本年增/减). */
    SIGNED_COUNT,
    /** An exact decimal amount (万元), stored with {@link #AMOUNT_SCALE} places. */
    AMOUNT;

    /** Decimal places stored for amounts. */
    public static final int AMOUNT_SCALE = 6;

    public boolean isCount() {
        return this != AMOUNT;
    }
}
