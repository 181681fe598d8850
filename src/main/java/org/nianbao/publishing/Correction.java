package org.nianbao.publishing;

import java.math.BigDecimal;
import java.util.List;
import org.nianbao.report.Report;
import org.nianbao.report.ReportStatus;
import org.nianbao.statutory.ContentDiff;
import org.nianbao.text.Text;

/**
 * What a corrected revision says about itself: the revision it supersedes and when that was published, its
 * 更正说明, and what changed against it ({@link ContentDiff}: cells old → new, prose sections changed). Printed on
 * the revision's page and into its PDF and Word file at publication.
 */
public record Correction(int supersedes, String supersededDate, String note, ContentDiff changes) {

    /** A changed cell as printed: its name as the report names it, the figure before and after (「空」 when blank). */
    public record CellLine(String name, String before, String after) {
    }

    /**
     * The correction {@code report} makes to the published revision before it in {@code revisions} (any order, any
     * status), or null when it is a first publication. Call inside a transaction: it reads both contents.
     */
    public static Correction of(Report report, List<Report> revisions) {
        if (report.getRevision() <= 1 || report.getCorrectionNote() == null) {
            return null;
        }
        return revisions.stream()
                .filter(r -> r.getStatus() == ReportStatus.PUBLISHED && r.getRevision() < report.getRevision())
                .max((a, b) -> Integer.compare(a.getRevision(), b.getRevision()))
                .map(previous -> new Correction(previous.getRevision(), ReportView.date(previous.getPublishedAt()),
                        report.getCorrectionNote(), ContentDiff.between(previous.content(), report.content())))
                .orElse(null);
    }

    public List<CellLine> cellLines() {
        return changes.cells().stream().map(c -> new CellLine(c.name(), figure(c.before()), figure(c.after())))
                .toList();
    }

    /** The headings of the prose sections whose text changed, e.g. 一、总体情况. */
    public List<String> changedSections() {
        return changes.sections().stream().map(ContentDiff.SectionChange::heading).toList();
    }

    public boolean changesNothing() {
        return changes.isEmpty();
    }

    private static String figure(BigDecimal value) {
        return value == null ? Text.of("publishing.correction.blank") : value.stripTrailingZeros().toPlainString();
    }
}
