package org.nianbao.importing;

import java.util.List;

/**
 * Reads a published report from a file in any of the {@link ImportFormat}s: each format becomes lines of cells
 * ({@link Line}), which {@link ReportReading} reads the same way. Plain Java, no database: nothing is saved.
 */
public final class Importing {

    private Importing() {
    }

    /**
     * The report in {@code bytes}; {@code agencyCode} (may be null) is set as its agency code.
     *
     * @throws ImportException when the file cannot be read as a report at all
     */
    public static Imported read(byte[] bytes, ImportFormat format, String agencyCode) {
        return ReportReading.read(lines(bytes, format), agencyCode);
    }

    static List<Line> lines(byte[] bytes, ImportFormat format) {
        return switch (format) {
            case TEXT -> TextSource.lines(TextSource.decode(bytes));
            case HTML -> HtmlSource.lines(bytes);
            case DOCX -> DocxSource.lines(bytes);
            case PDF -> PdfSource.lines(bytes);
            case XLSX -> throw new ImportException("请通过填报模板上传 .xlsx 文件");
        };
    }
}
