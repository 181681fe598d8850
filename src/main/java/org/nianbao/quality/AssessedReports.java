package org.nianbao.quality;

import java.time.LocalDate;
import java.util.List;
import org.nianbao.report.NoSuchReportException;
import org.nianbao.report.Report;
import org.nianbao.report.ReportRepository;
import org.nianbao.security.Access;
import org.nianbao.security.Staff;
import org.nianbao.statutory.ReportContent;
import org.nianbao.timeliness.Deadlines;
import org.nianbao.validation.Finding;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A report as 考核预检 reads it: its content, every finding on it, and the day it was published (or null). */
@Service
class AssessedReports {

    record AssessedReport(long id, ReportContent content, List<Finding> findings, LocalDate published) {
    }

    private final ReportRepository reports;
    private final Access access;
    private final CorpusChecks corpusChecks;

    AssessedReports(ReportRepository reports, Access access, CorpusChecks corpusChecks) {
        this.reports = reports;
        this.access = access;
        this.corpusChecks = corpusChecks;
    }

    /** The report {@code id} as {@code me} may read it; 403 unless a grant covers its agency, 404 if none. */
    @Transactional(readOnly = true)
    AssessedReport read(Staff me, long id) {
        Report report = reports.findById(id).orElseThrow(() -> new NoSuchReportException(id));
        Access.require(access.canRead(me, report.getAgency()));
        ReportContent content = report.content();
        return new AssessedReport(id, content, corpusChecks.all(content), report.getPublishedAt() == null ? null
                : report.getPublishedAt().atZone(Deadlines.CHINA).toLocalDate());
    }
}
