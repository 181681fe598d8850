package org.nianbao.opendata;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.nianbao.statutory.Cell;
import org.nianbao.statutory.ReportContent;

/**
 * A published revision as open data: its content with the revision number and when it was published. Values are
 * written exactly (amounts as stored, trailing zeros dropped), blank cells as empty fields.
 */
public record PublishedData(ReportContent content, int revision, Instant publishedAt, String correctionNote) {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    public PublishedData(ReportContent content, int revision, Instant publishedAt) {
        this(content, revision, publishedAt, null);
    }

    /** The report's line in the yearly file, in the order of {@link OpenDataSchema#header}. */
    public List<Object> yearLine() {
        List<Object> line = new ArrayList<>();
        line.add(content.agencyCode());
        line.add(content.agencyName());
        line.add(content.year());
        line.add(content.edition().id());
        line.add(revision);
        line.add(publishedAtText());
        for (Cell cell : content.edition().cells()) {
            line.add(exact(content.value(cell)));
        }
        return line;
    }

    /**
     * One line per cell: table, row, column, row label, column label, value; then the revision's number, when it
     * was published, the revision it supersedes and its 更正说明 (empty for a first publication).
     */
    public List<List<Object>> cellLines() {
        List<List<Object>> lines = new ArrayList<>();
        var fields = OpenDataSchema.cells(content.edition());
        var cells = content.edition().cells();
        for (int i = 0; i < cells.size(); i++) {
            Cell cell = cells.get(i);
            lines.add(List.of(cell.table(), cell.row(), cell.column(), fields.get(i).rowLabel(),
                    fields.get(i).columnLabel(), nullToEmpty(exact(content.value(cell))), revision,
                    publishedAtText(), revision > 1 ? revision - 1 : "", nullToEmpty(correctionNote)));
        }
        return lines;
    }

    public String publishedAtText() {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(publishedAt.atZone(CHINA).toOffsetDateTime());
    }

    /** A figure exactly, without trailing zeros (0.350000 is 0.35), or null when blank. */
    static BigDecimal exact(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static Object nullToEmpty(Object value) {
        return value == null ? "" : value;
    }
}
