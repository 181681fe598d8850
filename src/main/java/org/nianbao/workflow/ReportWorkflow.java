package org.nianbao.workflow;

import java.time.Clock;
import java.util.Map;
import java.util.stream.Collectors;
import org.nianbao.audit.AuditLog;
import org.nianbao.draft.Drafts;
import org.nianbao.draft.ReviewRecords;
import org.nianbao.faults.Messages;
import org.nianbao.publishing.Publisher;
import org.nianbao.report.Report;
import org.nianbao.report.ReportRepository;
import org.nianbao.report.ReportStatus;
import org.nianbao.security.Access;
import org.nianbao.security.Staff;
import org.nianbao.text.Text;
import org.nianbao.validation.Finding;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review workflow: 草稿 → 待审核 → 退回 | 已审核 → 已发布, and corrections of published reports as new revisions.
 * The {@link Report} guards every step (and throws a {@code WorkflowException} saying why it is refused); this class
 * checks who may take it and records every transition, with its comment, in the audit log.
 */
@Service
public class ReportWorkflow {

    private final ReportRepository reports;
    private final Drafts drafts;
    private final Access access;
    private final Publisher publisher;
    private final AuditLog auditLog;
    private final Clock clock;
    private final ReviewRecords reviews;
    private final Messages messages;

    ReportWorkflow(ReportRepository reports, Drafts drafts, Access access, Publisher publisher, AuditLog auditLog,
            Clock clock, ReviewRecords reviews, Messages messages) {
        this.messages = messages;
        this.reviews = reviews;
        this.reports = reports;
        this.drafts = drafts;
        this.access = access;
        this.publisher = publisher;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /**
     * The editor submits the report for review; refused while any error remains (blanks included) or any warning
     * lacks its explanation ({@code explanations} by {@link Report#findingKey(Finding)}).
     */
    @Transactional
    public void submit(Staff me, long id, Map<String, String> explanations) {
        Report report = drafts.find(id);
        Access.require(access.canEdit(me, report.getAgency()));
        String from = report.getStatus().label();
        var findings = drafts.findings(report);
        report.submit(findings, explanations, clock.instant());
        String comment = findings.stream().map(f -> f.rule() + "：" + report.getExplanations().get(
                Report.findingKey(f))).collect(Collectors.joining("\n"));
        record(me, report, from, comment.isEmpty() ? null : comment);
    }

    /** The editor withdraws (撤回) a submission that nobody has reviewed yet: it is a draft again. */
    @Transactional
    public void withdraw(Staff me, long id) {
        Report report = drafts.find(id);
        Access.require(access.canEdit(me, report.getAgency()));
        String from = report.getStatus().label();
        report.withdraw();
        record(me, report, from, Text.of("workflow.audit.withdrawn"));
    }

    /**
     * The reviewer sends the report back to its editor; the reason is required and shown to the editor, and so are
     * the comments on cells or sections ({@code comments}: target → text), beside them. What the reviewer saw is kept,
     * so that the resubmission shows what changed since.
     */
    @Transactional
    public void returnForChanges(Staff me, long id, String reason, Map<String, String> comments) {
        Report report = drafts.find(id);
        Access.require(access.canReview(me, report.getAgency()));
        String from = report.getStatus().label();
        report.returnForChanges(reason);
        reviews.snapshot(id, report.content(), clock.instant());
        reviews.replaceComments(id, comments.entrySet().stream().map(c -> new ReviewRecords.Comment(c.getKey(),
                c.getValue(), me.username(), clock.instant())).toList());
        String noted = comments.entrySet().stream().map(c -> "\n" + c.getKey() + "：" + c.getValue())
                .collect(Collectors.joining());
        record(me, report, from, report.getReturnReason() + noted);
    }

    @Transactional
    public void approve(Staff me, long id) {
        Report report = drafts.find(id);
        Access.require(access.canReview(me, report.getAgency()));
        String from = report.getStatus().label();
        report.approve();
        record(me, report, from, null);
    }

    /** The publisher publishes the approved revision: it becomes the public page, its PDF is stored. */
    @Transactional
    public void publish(Staff me, long id) {
        Report report = drafts.find(id);
        Access.require(access.canPublish(me, report.getAgency()));
        String from = report.getStatus().label();
        publisher.publish(report, clock.instant());
        record(me, report, from, null);
    }

    /**
     * The publisher opens a correction of a published revision: a new draft revision with the 更正说明, which then
     * goes through the same workflow. Returns the new revision's id.
     */
    @Transactional
    public long openCorrection(Staff me, long id, String note) {
        Report report = drafts.find(id);
        Access.require(access.canPublish(me, report.getAgency()));
        requireLatest(report);
        Report correction = reports.saveAndFlush(report.openCorrection(note));
        auditLog.recordTransition(report.getId(), me.username(), ReportStatus.PUBLISHED.label(),
                Text.of("workflow.audit.correction", correction.getRevision()), correction.getCorrectionNote());
        auditLog.recordTransition(correction.getId(), me.username(), Text.of("workflow.audit.correction-from"),
                correction.getStatus().label(),
                correction.getCorrectionNote());
        return correction.getId();
    }

    private void requireLatest(Report report) {
        int latest = reports.findRevisions(report.getAgency().getCode(), report.getYear()).get(0).getRevision();
        if (latest != report.getRevision()) {
            throw new org.nianbao.report.WorkflowException(messages.message("staff.correction.not-latest",
                    String.valueOf(latest)));
        }
    }

    private void record(Staff me, Report report, String from, String comment) {
        auditLog.recordTransition(report.getId(), me.username(), from, report.getStatus().label(), comment);
    }
}
