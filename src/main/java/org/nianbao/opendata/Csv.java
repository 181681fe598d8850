package org.nianbao.opendata;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The one CSV writer of the portal (open data, per-report CSV, roll-ups, audit CSV), on Commons CSV's RFC 4180
 * format: CRLF line ends, a field with a comma, quote or line break quoted, quotes doubled (Commons CSV also quotes a
 * field that starts with a space, {@code !} or {@code #}, or ends with a space: still RFC 4180, read back the same).
 * In UTF-8 with a byte-order mark so that Excel and WPS read the Chinese correctly. Text cells are inert: one that
 * starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return (what spreadsheets take for a
 * formula) gets a leading apostrophe, as OWASP recommends, unless it is a plain number such as {@code -12.5}. Numbers
 * ({@link Number} values) are written as they are; a null or empty field is written empty.
 */
public final class Csv {

    private static final String BOM = "\uFEFF";
    static final byte[] BOM_BYTES = BOM.getBytes(StandardCharsets.UTF_8);
    private static final String FORMULA_STARTS = "=+-@\t\r";
    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final CSVFormat FORMAT = CSVFormat.RFC4180;

    private Csv() {
    }

    /** {@code header} and {@code lines} as the bytes of a CSV file. */
    public static byte[] write(List<String> header, List<? extends List<?>> lines) {
        StringWriter out = new StringWriter().append(BOM);
        try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
            printer.printRecord(header.stream().map(Csv::value));
            for (List<?> line : lines) {
                printer.printRecord(line.stream().map(Csv::value));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** One field as it stands in a line. */
    static String field(Object value) {
        return FORMAT.format(value(value));
    }

    /** One line of fields, with its CRLF. */
    static String line(List<?> fields) {
        return FORMAT.format(fields.stream().map(Csv::value).toArray()) + "\r\n";
    }

    /** What is printed for {@code value}: null for nothing, so that even a line's first field is left empty. */
    private static String value(Object value) {
        if (value == null) {
            return null;
        }
        String text = value instanceof BigDecimal d ? d.toPlainString()
                : value instanceof Number n ? n.toString() : inert(value.toString());
        return text.isEmpty() ? null : text;
    }

    /** {@code text} with an apostrophe in front when a spreadsheet would run it as a formula. */
    static String inert(String text) {
        if (text.isEmpty() || FORMULA_STARTS.indexOf(text.charAt(0)) < 0 || PLAIN_NUMBER.matcher(text).matches()) {
            return text;
        }
        return "'" + text;
    }
}
