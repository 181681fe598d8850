package org.nianbao.timeliness;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.nianbao.text.Text;

/**
 * Whether a report was published by its legal deadline.
 *
 * @param status    on time, late, not published though due, or not yet due
 * @param deadline  the last day allowed
 * @param published the day it was first published (in China), or null
 * @param daysLate  days after the deadline it was published (0 unless {@link Status#LATE})
 */
public record Timeliness(Status status, LocalDate deadline, LocalDate published, long daysLate) {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern(Text.of("timeliness.date-pattern"));

    public enum Status { ON_TIME, LATE, MISSING, NOT_DUE }

    /** 按时发布, 逾期 N 天 or 未发布. */
    public String label() {
        return switch (status) {
            case ON_TIME -> Text.of("timeliness.on-time");
            case LATE -> Text.of("timeliness.late", daysLate);
            case MISSING, NOT_DUE -> Text.of("timeliness.missing");
        };
    }

    /** A short explanation after the label, or an empty string. */
    public String note() {
        return status == Status.NOT_DUE ? Text.of("timeliness.not-due") : "";
    }

    /** A CSS class naming the status, so that pages can mark it beside the text (never by colour alone). */
    public String cssClass() {
        return "status-" + status.name().toLowerCase().replace('_', '-');
    }

    public boolean isPublished() {
        return published != null;
    }

    public String deadlineText() {
        return DATE.format(deadline);
    }

    public String publishedText() {
        return published == null ? "" : DATE.format(published);
    }
}
