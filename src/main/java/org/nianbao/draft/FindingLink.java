package org.nianbao.draft;

import org.nianbao.report.Report;
import org.nianbao.statutory.Cell;
import org.nianbao.statutory.Edition;
import org.nianbao.text.Text;
import org.nianbao.validation.Finding;

/**
 * A finding as the staff pages list it: its message, its severity, and the link to the cell (or section) it
 * concerns; {@code key} names it for the explanation a warning needs.
 */
public record FindingLink(Finding finding, String key, String href) {

    static FindingLink of(long reportId, Edition edition, Finding finding) {
        String section = sectionOf(edition, finding);
        String href = "/staff/reports/" + reportId + "/sections/" + section
                + (finding.cells().isEmpty() ? "" : "#" + anchor(finding.cells().get(0)));
        return new FindingLink(finding, Report.findingKey(finding), href);
    }

    /**
     * The section a finding belongs to: its table's, the section of the words it quotes, or the section the edition
     * declares for its rule (T3, T4); else the first prose section (一、总体情况).
     */
    public static String sectionOf(Edition edition, Finding finding) {
        if (finding.table() != null) {
            return finding.table();
        }
        if (finding.span() != null) {
            return finding.span().section();
        }
        return edition.sectionOf(finding.rule())
                .orElseGet(() -> edition.proseSections().get(0).code());
    }

    /** The id of a cell's element on the pages (the same as {@code TableLayout} gives it). */
    public static String anchor(Cell cell) {
        return "cell-" + cell.key().replace('.', '-');
    }

    public String message() {
        return finding.message();
    }

    public boolean error() {
        return finding.isError();
    }

    public String severityLabel() {
        return switch (finding.severity()) {
            case ERROR -> Text.of("finding.severity.error");
            case WARNING -> Text.of("finding.severity.warning");
            case INFO -> Text.of("finding.severity.info");
        };
    }

    /** What usually causes this kind of finding and how to fix it ({@code messages.properties}), or null. */
    public String help() {
        return Text.find("finding.help." + finding.rule()).orElse(null);
    }

    /** The id of the explanation field on the submit page. */
    public String fieldId() {
        return "explanation-" + Integer.toHexString(key.hashCode());
    }
}
