package org.nianbao.publishing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import org.nianbao.report.Report;
import org.nianbao.statutory.Cell;
import org.nianbao.statutory.ReportContent;
import org.nianbao.statutory.Section;
import org.nianbao.statutory.TableLayout;
import org.nianbao.statutory.ValueKind;
import org.nianbao.text.Text;

/**
 * A published revision as pages and files print it: the title, the six sections in order (prose as paragraphs,
 * tables as their printed layout) and every figure formatted (counts as whole numbers, amounts at the portal's
 * precision). The public page, the PDF and other downloads all read this one view.
 */
public record ReportView(ReportContent content, int revision, Instant publishedAt, int amountPrecision,
        Correction correction) {

    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern(Text.of("publishing.date-pattern"));

    /** A view without correction: a first publication, or a draft. */
    public ReportView(ReportContent content, int revision, Instant publishedAt, int amountPrecision) {
        this(content, revision, publishedAt, amountPrecision, null);
    }

    /** The view of {@code report} (call inside a transaction: it reads the report's rows). */
    public static ReportView of(Report report, int amountPrecision) {
        return new ReportView(report.content(), report.getRevision(), report.getPublishedAt(), amountPrecision);
    }

    /**
     * The view of {@code report} with what it corrects in the published revision before it among {@code revisions}
     * (call inside a transaction).
     */
    public static ReportView of(Report report, List<Report> revisions, int amountPrecision) {
        return new ReportView(report.content(), report.getRevision(), report.getPublishedAt(), amountPrecision,
                Correction.of(report, revisions));
    }

    public String title() {
        return content.title();
    }

    public List<Section> sections() {
        return content.edition().sections();
    }

    public TableLayout layout(Section section) {
        return TableLayout.of(section.table());
    }

    /** The prose of a section as paragraphs (blank lines separate them). */
    public List<String> paragraphs(Section section) {
        return Arrays.stream(content.section(section.code()).split("\\R")).map(String::strip)
                .filter(p -> !p.isEmpty()).toList();
    }

    /** A figure as printed: blank stays blank, counts whole, amounts at the configured precision. */
    public String format(Cell cell) {
        BigDecimal value = content.value(cell);
        if (value == null) {
            return "";
        }
        if (content.edition().kind(cell) == ValueKind.AMOUNT) {
            return value.setScale(amountPrecision, RoundingMode.HALF_UP).toPlainString();
        }
        return value.toBigInteger().toString();
    }

    /** Whether a section's table holds 万元 amounts, above which the unit and precision are printed. */
    public boolean hasAmounts(Section section) {
        return !section.isProse()
                && section.table().columns().stream().anyMatch(c -> c.kind() == ValueKind.AMOUNT);
    }

    public String amountNote() {
        return Text.of("publishing.amount-note", amountPrecision);
    }

    public String publishedDate() {
        return date(publishedAt);
    }

    /** A date as Chinese pages print it (2022年1月20日), in China's time zone. */
    public static String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant.atZone(CHINA));
    }

    public String path() {
        return "/reports/" + content.agencyCode() + "/" + content.year();
    }
}
