package org.nianbao.editing;

import java.math.BigDecimal;
import java.util.regex.Pattern;
import org.nianbao.statutory.ValueKind;

/**
 * What a person typed into one cell of the editor grid, read strictly: a blank is a blank cell (never 0), a count
 * is a whole number (non-negative unless {@link ValueKind#SIGNED_COUNT}), an amount a non-negative decimal with at
 * most {@link ValueKind#AMOUNT_SCALE} places. Full-width digits and thousands separators, as spreadsheets paste
 * them, are accepted. Figures beyond the kind's one limit ({@link ValueKind#max()}, the database column's) are
 * refused.
 *
 * @param value the figure, or null for a blank cell or a refused input
 * @param error the message code (in {@code messages.properties}) when the input is refused, else null
 */
record CellInput(BigDecimal value, String error) {

    private static final Pattern NUMBER = Pattern.compile("[+-]?\\d+(\\.\\d+)?");
    private static final Pattern GROUPED = Pattern.compile("[+-]?\\d{1,3}(,\\d{3})+(\\.\\d+)?");

    static CellInput parse(String typed, ValueKind kind) {
        String text = normalise(typed);
        if (text.isEmpty()) {
            return new CellInput(null, null);
        }
        if (GROUPED.matcher(text).matches()) {
            text = text.replace(",", "");
        }
        if (!NUMBER.matcher(text).matches()) {
            return refused(kind);
        }
        BigDecimal value = new BigDecimal(text);
        return switch (kind) {
            case COUNT -> text.contains(".") || value.signum() < 0 ? refused(kind) : count(value);
            case SIGNED_COUNT -> text.contains(".") ? refused(kind) : count(value);
            case AMOUNT -> amount(value);
        };
    }

    boolean isRefused() {
        return error != null;
    }

    private static CellInput count(BigDecimal value) {
        return ValueKind.COUNT.fits(value) ? new CellInput(value, null) : new CellInput(null, "cell.too-large");
    }

    private static CellInput amount(BigDecimal value) {
        if (value.signum() < 0) {
            return refused(ValueKind.AMOUNT);
        }
        if (!ValueKind.AMOUNT.fits(value)) {
            return new CellInput(null, "cell.too-large");
        }
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.scale() > ValueKind.AMOUNT_SCALE) {
            return new CellInput(null, "cell.amount-scale");
        }
        return new CellInput(stripped.scale() < 0 ? stripped.setScale(0) : stripped, null);
    }

    private static CellInput refused(ValueKind kind) {
        return new CellInput(null, switch (kind) {
            case COUNT -> "cell.count";
            case SIGNED_COUNT -> "cell.signed-count";
            case AMOUNT -> "cell.amount";
        });
    }

    /** Trims (also full-width spaces) and turns full-width digits, signs and points into ASCII. */
    private static String normalise(String typed) {
        if (typed == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        typed.codePoints().forEach(c -> {
            if (c >= '０' && c <= '９') {
                out.append((char) ('0' + (c - '０')));
            } else if (c == '－' || c == '−') {
                out.append('-');
            } else if (c == '．') {
                out.append('.');
            } else if (c == '，') {
                out.append(',');
            } else if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
