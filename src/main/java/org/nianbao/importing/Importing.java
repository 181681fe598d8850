package org.nianbao.importing;

import java.util.List;
import org.nianbao.text.Text;

/**
 * Reads a published report from a file in any of the {@link ImportFormat}s: each format becomes lines of cells
 * ({@link Line}), which {@link ReportReading} reads the same way. Plain Java, no database: nothing is saved.
 */
public final class Importing {

    /**
     * The largest file read as one report (published reports are well below 1 MB, scanned-and-OCRed PDFs a few MB).
     * The servlet's own multipart limits are set higher (application.properties), so that a larger upload still
     * reaches the form and is refused there with a message beside the field.
     */
    public static final int MAX_FILE_BYTES = 20 * 1024 * 1024;

    private Importing() {
    }

    /** The message for a file over {@link #MAX_FILE_BYTES}. */
    public static String tooLarge(String fileName, long size) {
        return Text.of("import.file.too-large", fileName, megabytes(size), MAX_FILE_BYTES / 1024 / 1024);
    }

    static String megabytes(long bytes) {
        return java.math.BigDecimal.valueOf(bytes).divide(java.math.BigDecimal.valueOf(1024 * 1024), 1,
                java.math.RoundingMode.UP).toPlainString();
    }

    /**
     * The report in {@code bytes}; {@code agencyCode} (may be null) is set as its agency code.
     *
     * @throws ImportException when the file cannot be read as a report at all
     */
    public static Imported read(byte[] bytes, ImportFormat format, String agencyCode) {
        if (format == ImportFormat.XLSX) {
            return XlsxReading.read(bytes, agencyCode);
        }
        List<Line> lines;
        try {
            lines = lines(bytes, format);
        } catch (ImportException e) {
            throw e;
        } catch (RuntimeException e) {
            // a damaged file that a parser rejects in its own way is still the sender's problem, not ours
            throw new ImportException(Text.of("import.file.damaged", format.label()), e);
        }
        return ReportReading.read(lines, agencyCode);
    }

    static List<Line> lines(byte[] bytes, ImportFormat format) {
        return switch (format) {
            case TEXT -> TextSource.lines(TextSource.decode(bytes));
            case HTML -> HtmlSource.lines(bytes);
            case DOCX -> DocxSource.lines(bytes);
            case PDF -> PdfSource.lines(bytes);
            case XLSX -> throw new IllegalArgumentException("a spreadsheet is read by XlsxReading");
        };
    }
}
