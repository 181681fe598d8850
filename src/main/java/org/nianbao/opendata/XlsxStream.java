package org.nianbao.opendata;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.io.OutputStreamWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * An Excel workbook (Office Open XML, .xlsx) written straight to its destination while its rows are made: the
 * workbook's parts first, then each sheet row by row, so the first bytes leave at once and nothing waits for the
 * last row (POI, even streaming, zips the workbook only at the end). It writes what {@link Xlsx} writes for the
 * open data — sheets in a fixed order, a bold header row, numbers as numbers, blanks as missing cells, strings
 * inline — and nothing else. Sheets are written one after the other: {@link #sheet}, {@link #row}…, the next
 * {@link #sheet}, …, {@link #finish}. A workbook that is not finished (its rows could not all be read) stays an
 * unfinished zip, which no reader takes for a whole workbook.
 */
final class XlsxStream {

    private static final LocalDateTime ZIP_EPOCH = LocalDateTime.of(1980, 1, 1, 0, 0);

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String PACKAGE = "http://schemas.openxmlformats.org/package/2006/relationships";

    private final ZipOutputStream zip;
    private final Writer xml;
    private final List<String> sheets;
    private int sheet = -1;
    private int rows;

    /** Starts a workbook of {@code sheets} (their names, in order) on {@code out}, and sends its parts at once. */
    XlsxStream(OutputStream out, List<String> sheets) {
        this.zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        this.xml = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
        this.sheets = List.copyOf(sheets);
        try {
            StringBuilder types = new StringBuilder("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                    + "content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-"
                    + "package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-"
                    + "officedocument.spreadsheetml.sheet.main+xml\"/><Override PartName=\"/xl/styles.xml\" "
                    + "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>");
            StringBuilder workbook = new StringBuilder("<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + RELATIONSHIPS
                    + "\"><sheets>");
            StringBuilder links = new StringBuilder("<Relationships xmlns=\"" + PACKAGE + "\">");
            for (int i = 1; i <= this.sheets.size(); i++) {
                types.append("<Override PartName=\"/xl/worksheets/sheet").append(i).append(".xml\" ContentType=\""
                        + "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
                workbook.append("<sheet name=\"").append(escape(this.sheets.get(i - 1))).append("\" sheetId=\"")
                        .append(i).append("\" r:id=\"rId").append(i).append("\"/>");
                links.append("<Relationship Id=\"rId").append(i).append("\" Type=\"").append(RELATIONSHIPS)
                        .append("/worksheet\" Target=\"worksheets/sheet").append(i).append(".xml\"/>");
            }
            links.append("<Relationship Id=\"rId").append(this.sheets.size() + 1).append("\" Type=\"")
                    .append(RELATIONSHIPS).append("/styles\" Target=\"styles.xml\"/></Relationships>");
            part("[Content_Types].xml", types.append("</Types>"));
            part("_rels/.rels", "<Relationships xmlns=\"" + PACKAGE + "\"><Relationship Id=\"rId1\" Type=\""
                    + RELATIONSHIPS + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            part("xl/workbook.xml", workbook.append("</sheets></workbook>"));
            part("xl/_rels/workbook.xml.rels", links);
            // two cell formats: 0 as Excel's default, 1 bold (the header rows)
            part("xl/styles.xml", "<styleSheet xmlns=\"" + MAIN + "\"><fonts count=\"2\"><font><sz val=\"11\"/>"
                    + "<name val=\"Calibri\"/></font><font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
                    + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill "
                    + "patternType=\"gray125\"/></fill></fills><borders count=\"1\"><border><left/><right/><top/>"
                    + "<bottom/><diagonal/></border></borders><cellStyleXfs count=\"1\"><xf numFmtId=\"0\" "
                    + "fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs><cellXfs count=\"2\"><xf numFmtId="
                    + "\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/><xf numFmtId=\"0\" fontId=\"1\" "
                    + "fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/></cellXfs><cellStyles count=\"1\">"
                    + "<cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles></styleSheet>");
            zip.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Ends the sheet being written, if any, and starts the next one, frozen left of {@code columns} and above
     * {@code rows} (0 and 0: not frozen). */
    void sheet(int columns, int rowsFrozen) {
        try {
            endSheet();
            sheet++;
            if (sheet >= sheets.size()) {
                throw new IllegalStateException("the workbook was started with " + sheets.size() + " sheets");
            }
            zip.putNextEntry(entry("xl/worksheets/sheet" + (sheet + 1) + ".xml"));
            xml.write("<worksheet xmlns=\"" + MAIN + "\">");
            if (columns > 0 || rowsFrozen > 0) {
                xml.write("<sheetViews><sheetView workbookViewId=\"0\"><pane" + (columns > 0 ? " xSplit=\"" + columns
                        + "\"" : "") + (rowsFrozen > 0 ? " ySplit=\"" + rowsFrozen + "\"" : "") + " topLeftCell=\""
                        + column(columns) + (rowsFrozen + 1) + "\" activePane=\"bottomRight\" state=\"frozen\"/>"
                        + "</sheetView></sheetViews>");
            }
            xml.write("<sheetData>");
            rows = 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The next row of the current sheet: numbers as numbers, null as no cell, anything else as its text. */
    void row(List<?> values, boolean bold) {
        try {
            rows++;
            xml.write("<row r=\"" + rows + "\">");
            for (int c = 0; c < values.size(); c++) {
                Object value = values.get(c);
                if (value == null) {
                    continue;
                }
                String ref = column(c) + rows;
                String style = bold ? " s=\"1\"" : "";
                if (value instanceof BigDecimal d) {
                    xml.write("<c r=\"" + ref + "\"" + style + "><v>" + d.toPlainString() + "</v></c>");
                } else if (value instanceof Number n) {
                    xml.write("<c r=\"" + ref + "\"" + style + "><v>" + n + "</v></c>");
                } else {
                    xml.write("<c r=\"" + ref + "\"" + style + " t=\"inlineStr\"><is><t xml:space=\"preserve\">"
                            + escape(value.toString()) + "</t></is></c>");
                }
            }
            xml.write("</row>");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends what is written so far (as far as the compression lets it). */
    void flush() {
        try {
            xml.flush();
            zip.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Ends the last sheet and the workbook. */
    void finish() {
        try {
            endSheet();
            xml.flush();
            zip.finish();
            zip.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void endSheet() throws IOException {
        if (sheet >= 0 && rows >= 0) {
            xml.write("</sheetData></worksheet>");
            xml.flush();
            zip.closeEntry();
            rows = -1;
        }
    }

    private void part(String name, CharSequence content) throws IOException {
        zip.putNextEntry(entry(name));
        xml.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n");
        xml.append(content);
        xml.flush();
        zip.closeEntry();
    }

    /**
     * A part dated 1980-01-01, the first time a zip can hold, rather than now: the same rows give the same bytes,
     * as the file's ETag (from the published data, not from the bytes) promises.
     */
    private static ZipEntry entry(String name) {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(ZIP_EPOCH);
        return entry;
    }

    /** A column's letters: 0 → A, 25 → Z, 26 → AA. */
    static String column(int index) {
        StringBuilder letters = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return letters.toString();
    }

    /** Text as XML character data; characters XML 1.0 cannot hold (control characters, lone surrogates) left out. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            switch (ch) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (Character.isHighSurrogate(ch) && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append(ch).append(text.charAt(++i));
                    } else if (ch == '\t' || ch == '\n' || ch == '\r'
                            || ch >= 0x20 && ch <= 0xD7FF || ch >= 0xE000 && ch <= 0xFFFD) {
                        out.append(ch);
                    }
                }
            }
        }
        return out.toString();
    }
}
