package org.nianbao.importing;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nianbao.text.Text;

/**
 * A printed table cell read as a figure: the number it starts with, or blank. An annotation after the number
 * (「22（其中修订16件）」, a unit 「件」) or a thousands separator is dropped and reported ({@code note}); a dash or
 * 「无」 is blank, never 0.
 *
 * @param value     the figure, or null when the cell is blank
 * @param isValue   whether the cell reads as a figure or a blank at all (a label does not)
 * @param note      what was dropped or how the cell was read, or null when it was read exactly
 */
record PrintedValue(BigDecimal value, boolean isValue, String note) {

    private static final Pattern NUMBER = Pattern.compile("^(-?\\d{1,3}(?:,\\d{3})+|-?\\d+)(\\.\\d+)?(.*)$");
    private static final Pattern ANNOTATION = Pattern.compile("^(\\(.*\\)|件|个|条|项|次|万元|元)$");
    private static final Pattern DASH = Pattern.compile("^([-—–－―/／\\\\]+|无)$");

    static final PrintedValue BLANK = new PrintedValue(null, true, null);
    static final PrintedValue NOT_A_VALUE = new PrintedValue(null, false, null);

    static PrintedValue of(String printed) {
        String text = Labels.fold(printed);
        if (text.isEmpty()) {
            return BLANK;
        }
        if (DASH.matcher(text).matches()) {
            return new PrintedValue(null, true, Text.of("import.value.blank"));
        }
        Matcher m = NUMBER.matcher(text);
        if (!m.matches()) {
            return NOT_A_VALUE;
        }
        String rest = m.group(3);
        if (!rest.isEmpty() && !ANNOTATION.matcher(rest).matches()) {
            return NOT_A_VALUE;
        }
        String digits = m.group(1).replace(",", "") + (m.group(2) == null ? "" : m.group(2));
        BigDecimal value = new BigDecimal(digits);
        boolean exact = rest.isEmpty() && digits.equals(printed.strip());
        return new PrintedValue(value, true, exact ? null : value.toPlainString());
    }

    boolean isBlank() {
        return value == null;
    }
}
