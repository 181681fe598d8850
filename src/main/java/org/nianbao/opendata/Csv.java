package org.nianbao.opendata;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The one CSV writer of the portal (open data, per-report CSV, audit CSV): RFC 4180 (CRLF line ends; a field with a
 * comma, quote or line break is quoted, quotes doubled), in UTF-8 with a byte-order mark so that Excel and WPS read
 * the Chinese correctly. Text cells are inert: one that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab
 * or a carriage return (what spreadsheets take for a formula) gets a leading apostrophe, as OWASP recommends, unless
 * it is a plain number such as {@code -12.5}. Numbers ({@link Number} values) are written as they are.
 */
public final class Csv {

    private static final String BOM = "\uFEFF";
    static final byte[] BOM_BYTES = BOM.getBytes(StandardCharsets.UTF_8);
    private static final String FORMULA_STARTS = "=+-@\t\r";
    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private Csv() {
    }

    /** {@code header} and {@code lines} as the bytes of a CSV file. A null field is written empty. */
    public static byte[] write(List<String> header, List<? extends List<?>> lines) {
        StringBuilder out = new StringBuilder(BOM);
        line(out, header);
        for (List<?> line : lines) {
            line(out, line);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** One line of fields, with its CRLF. */
    static String line(List<?> fields) {
        StringBuilder out = new StringBuilder();
        line(out, fields);
        return out.toString();
    }

    private static void line(StringBuilder out, List<?> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(field(fields.get(i)));
        }
        out.append("\r\n");
    }

    static String field(Object value) {
        if (value == null) {
            return "";
        }
        String text = value instanceof BigDecimal d ? d.toPlainString()
                : value instanceof Number n ? n.toString() : inert(value.toString());
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }

    /** {@code text} with an apostrophe in front when a spreadsheet would run it as a formula. */
    static String inert(String text) {
        if (text.isEmpty() || FORMULA_STARTS.indexOf(text.charAt(0)) < 0 || PLAIN_NUMBER.matcher(text).matches()) {
            return text;
        }
        return "'" + text;
    }
}
