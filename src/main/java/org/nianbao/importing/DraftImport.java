package org.nianbao.importing;

import org.nianbao.audit.AuditLog;
import org.nianbao.report.Report;
import org.nianbao.report.ReportRepository;
import org.nianbao.report.WorkflowException;
import org.nianbao.report.PublishedReports;
import org.nianbao.security.Access;
import org.nianbao.security.Staff;
import org.nianbao.statutory.ReportContent;
import org.nianbao.text.Text;
import org.nianbao.validation.Validator;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A filled staff spreadsheet ({@link XlsxTemplate}) brought into a draft: read and checked against the draft (its
 * agency, year and edition) without saving anything, then, once confirmed, the draft's tables replaced by the
 * spreadsheet's figures (totals computed as the editor computes them; prose untouched), recorded cell by cell in the
 * audit log with a note naming the file, in one transaction.
 */
@Service
public class DraftImport {

    private final ReportRepository reports;
    private final PublishedReports published;
    private final Access access;
    private final AuditLog auditLog;
    private final java.time.Clock clock;

    DraftImport(ReportRepository reports, PublishedReports published, Access access, AuditLog auditLog,
            java.time.Clock clock) {
        this.clock = clock;
        this.reports = reports;
        this.published = published;
        this.access = access;
        this.auditLog = auditLog;
    }

    /**
     * The draft as it would be with the spreadsheet's tables, and its findings; nothing saved.
     *
     * @throws ImportException when the file is not the draft's filled template (every problem named by sheet and cell)
     * @throws WorkflowException when the report is not a draft that may be edited now
     */
    @Transactional(readOnly = true)
    public Importer.Checked read(Staff me, long reportId, byte[] bytes) {
        Report report = editable(me, reportId);
        ReportContent content = withTables(report, bytes);
        ReportContent previous = published.content(content.agencyCode(), content.year() - 1).orElse(null);
        return new Importer.Checked(new Imported(content, null, java.util.List.of()),
                Validator.validate(content, previous));
    }

    /** Replaces the draft's tables with the spreadsheet's figures, audit-logged; the prose stays as it is. */
    @Transactional
    public void replaceTables(Staff me, long reportId, byte[] bytes, String fileName) {
        Report report = editable(me, reportId);
        ReportContent before = report.content();
        report.replaceContent(withTables(report, bytes), clock.instant());
        reports.saveAndFlush(report);
        String status = report.getStatus().label();
        auditLog.recordTransition(report.getId(), me.username(), status, status,
                Text.of("import.draft.audit-note", fileName));
        auditLog.recordChanges(report.getId(), me.username(), before, report.content());
    }

    private Report editable(Staff me, long reportId) {
        Report report = reports.findById(reportId)
                .orElseThrow(() -> new ImportPages.NoImport(Text.of("import.draft.no-report")));
        Access.require(access.canEdit(me, report.getAgency()));
        if (!report.isEditable()) {
            throw new WorkflowException(Text.of("import.draft.not-editable", report.getStatus().label()));
        }
        return report;
    }

    private static ReportContent withTables(Report report, byte[] bytes) {
        ReportContent draft = report.content();
        ReportContent sheet = XlsxReading.read(bytes, draft.agencyCode()).content();
        String cover = Text.of("import.xlsx.sheet", XlsxTemplate.COVER);
        if (sheet.year() != draft.year()) {
            throw new ImportException(Text.of("import.draft.year-mismatch", cover, XlsxTemplate.YEAR, sheet.year(),
                    draft.year()));
        }
        if (!sheet.agencyName().strip().equals(report.getAgency().getName())) {
            throw new ImportException(Text.of("import.draft.agency-mismatch", cover, XlsxTemplate.AGENCY,
                    sheet.agencyName(), report.getAgency().getName()));
        }
        return draft.withValues(sheet.values());
    }
}
