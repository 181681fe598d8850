package org.nianbao.draft;

import java.util.List;
import java.util.Optional;
import org.nianbao.faults.Messages;
import org.nianbao.report.NoSuchReportException;
import org.nianbao.report.Report;
import org.nianbao.report.ReportRepository;
import org.nianbao.security.Access;
import org.nianbao.security.Staff;
import org.nianbao.statutory.ContentDiff;
import org.nianbao.statutory.ReportContent;
import org.nianbao.validation.Finding;
import org.nianbao.quality.CorpusChecks;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Reads report revisions for the staff workspace, with their findings and what the reader may do. */
@Service
public class Drafts {

    private final ReportRepository reports;
    private final Access access;
    private final LastYear lastYear;
    private final ReviewRecords reviews;
    private final CorpusChecks corpusChecks;
    private final Messages messages;

    Drafts(ReportRepository reports, Access access, LastYear lastYear, ReviewRecords reviews,
            CorpusChecks corpusChecks, Messages messages) {
        this.messages = messages;
        this.reports = reports;
        this.access = access;
        this.lastYear = lastYear;
        this.reviews = reviews;
        this.corpusChecks = corpusChecks;
    }

    /** The report {@code id} as {@code me} may read it; 403 unless a grant covers its agency. */
    @Transactional(readOnly = true)
    public Draft read(Staff me, long id) {
        Report report = find(id);
        Access.require(access.canRead(me, report.getAgency()));
        return of(me, report);
    }

    /** The report {@code id}, or a 404. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Report find(long id) {
        return reports.findById(id).orElseThrow(() -> new NoSuchReportException(id));
    }

    /**
     * The findings on {@code report}, with last year's published report for the cross-year rules, and the checks
     * against the other reports (T2, T6 for other agencies' names).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Finding> findings(Report report) {
        return corpusChecks.all(report.content());
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public Draft of(Staff me, Report report) {
        ReportContent content = report.content();
        Draft.Permissions may = new Draft.Permissions(access.canEdit(me, report.getAgency()),
                access.canReview(me, report.getAgency()), access.canPublish(me, report.getAgency()));
        return Draft.of(report, lastYear.forCarryOver(content.agencyCode(), content.year()).orElse(null),
                findings(report), may, review(report, content));
    }

    /**
     * The review comments, and the changes since the version last reviewed (kept when the report was returned), or
     * else since the revision this one corrects.
     */
    private Draft.Review review(Report report, ReportContent content) {
        Optional<ReportContent> reviewed = reviews.lastReviewed(report.getId(), content);
        String since = messages.message("staff.review.since-returned");
        if (reviewed.isEmpty() && report.getRevision() > 1) {
            reviewed = reports.findRevisions(content.agencyCode(), content.year()).stream()
                    .filter(r -> r.getRevision() == report.getRevision() - 1).findFirst().map(Report::content);
            since = messages.message("staff.review.since-published", String.valueOf(report.getRevision() - 1));
        }
        return new Draft.Review(reviews.comments(report.getId()),
                reviewed.map(before -> ContentDiff.between(before, content)).orElse(null), since);
    }
}
