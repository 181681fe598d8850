package org.nianbao.draft;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.nianbao.agency.AgencyKind;
import org.nianbao.report.Report;
import org.nianbao.report.ReportStatus;
import org.nianbao.statutory.Cell;
import org.nianbao.statutory.ContentDiff;
import org.nianbao.statutory.ReportContent;
import org.nianbao.statutory.Section;
import org.nianbao.validation.Finding;

/**
 * A report revision as the staff workspace reads it: its content, its findings (recomputed from the saved values
 * on every view, with last year's published report for the cross-year rules), its workflow state and what the
 * signed-in staff member may do with it.
 *
 * @param lastYear last year's report as the editor shows it beside this year's (see {@link LastYear}), or null
 */
public record Draft(long id, AgencyKind agencyKind, int revision, ReportStatus status, long version,
        ReportContent content, ReportContent lastYear, List<Finding> findings, String returnReason,
        String correctionNote, Map<String, String> explanations, Instant publishedAt, Permissions may,
        Review review) {

    /**
     * The reviewer's comments of the last return, and what changed since the version last reviewed (when the report
     * was returned) or else last published (a correction): {@code changes} null when there is no such version.
     */
    public record Review(List<ReviewRecords.Comment> comments, ContentDiff changes, String since) {

        public static Review none() {
            return new Review(List.of(), null, null);
        }

        public Review {
            comments = List.copyOf(comments);
        }
    }

    /** What the signed-in staff member may do with this report's agency. */
    public record Permissions(boolean edit, boolean review, boolean publish) {
    }

    public Draft {
        findings = List.copyOf(findings);
        explanations = Map.copyOf(explanations);
    }

    static Draft of(Report report, ReportContent lastYear, List<Finding> findings, Permissions may, Review review) {
        return new Draft(report.getId(), report.getAgency().getKind(), report.getRevision(), report.getStatus(),
                report.getVersion(), report.content(), lastYear, findings, report.getReturnReason(),
                report.getCorrectionNote(), report.getExplanations(), report.getPublishedAt(), may, review);
    }

    /** The comments on {@code target} (a cell key or a section code), joined; null when none. */
    public String commentOn(String target) {
        List<String> on = review.comments().stream().filter(c -> c.target().equals(target))
                .map(ReviewRecords.Comment::text).toList();
        return on.isEmpty() ? null : String.join("；", on);
    }

    /** What a comment's target is called: the section's heading or the cell's printed name. */
    public String targetName(String target) {
        Section section = section(target);
        if (section != null) {
            return section.heading();
        }
        String[] parts = target.split("\\.", 3);
        Cell cell = parts.length == 3 ? new Cell(parts[0], parts[1], parts[2]) : null;
        return cell != null && content.edition().hasCell(cell) ? content.edition().cellName(cell) : target;
    }

    /** What a reviewer may attach a comment to: every section, and every input cell, by target and name. */
    public Map<String, String> commentTargets() {
        Map<String, String> targets = new java.util.LinkedHashMap<>();
        for (Section section : sections()) {
            targets.put(section.code(), section.heading());
            if (!section.isProse()) {
                for (Cell cell : section.table().cells()) {
                    if (!section.table().isDerived(cell)) {
                        targets.put(cell.key(), content.edition().cellName(cell));
                    }
                }
            }
        }
        return targets;
    }

    public String title() {
        return content.title();
    }

    public String agencyCode() {
        return content.agencyCode();
    }

    public int year() {
        return content.year();
    }

    public String statusLabel() {
        return status.label();
    }

    public boolean isDraft() {
        return status == ReportStatus.DRAFT;
    }

    public boolean isSubmitted() {
        return status == ReportStatus.SUBMITTED;
    }

    public boolean isReturned() {
        return status == ReportStatus.RETURNED;
    }

    public boolean isApproved() {
        return status == ReportStatus.APPROVED;
    }

    public boolean isPublished() {
        return status == ReportStatus.PUBLISHED;
    }

    public boolean editable() {
        return status == ReportStatus.DRAFT || status == ReportStatus.RETURNED;
    }

    public boolean canEditNow() {
        return may.edit() && editable();
    }

    public List<Section> sections() {
        return content.edition().sections();
    }

    public Section section(String code) {
        return sections().stream().filter(s -> s.code().equals(code)).findFirst().orElse(null);
    }

    public List<Finding> errors() {
        return findings.stream().filter(Finding::isError).toList();
    }

    public List<Finding> warnings() {
        return findings.stream().filter(Finding::isWarning).toList();
    }

    public boolean hasErrors() {
        return !errors().isEmpty();
    }

    /** The findings as the summary at the top of a page lists them, each linking to the first cell it concerns. */
    public List<FindingLink> findingLinks() {
        return findings.stream().map(f -> FindingLink.of(id, content.edition(), f)).toList();
    }

    /** The findings that concern {@code section}: its table's, or for prose the rules on that section. */
    public List<FindingLink> findingLinks(Section section) {
        return findings.stream().filter(f -> section.code().equals(FindingLink.sectionOf(content.edition(), f)))
                .map(f -> FindingLink.of(id, content.edition(), f)).toList();
    }

    /** The explanation the editor wrote for {@code finding} at submission, or null. */
    public String explanation(Finding finding) {
        return explanations.get(Report.findingKey(finding));
    }

    public boolean concerns(Cell cell) {
        return findings.stream().anyMatch(f -> f.concerns(cell));
    }

    public String path() {
        return "/staff/reports/" + id;
    }
}
