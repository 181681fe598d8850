package org.nianbao.opendata;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * CSV as RFC 4180 writes it (CRLF line ends; a field with a comma, quote or line break is quoted, quotes doubled),
 * in UTF-8 with a byte-order mark so that Excel and WPS read the Chinese correctly.
 */
public final class Csv {

    private static final String BOM = "\uFEFF";

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
        String text = value instanceof BigDecimal d ? d.toPlainString() : value.toString();
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
