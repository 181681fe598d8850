package org.nianbao.portal;

import java.util.List;
import org.nianbao.report.Report;
import org.nianbao.report.ReportRepository;
import org.nianbao.report.ReportStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Gives the public report page ({@link ReportPages}, which shows the latest published revision) its revision
 * history: the 更正说明 of that revision and links to the earlier ones.
 */
@ControllerAdvice(assignableTypes = ReportPages.class)
class RevisionHistoryOfLatest {

    private final ReportRepository reports;

    RevisionHistoryOfLatest(ReportRepository reports) {
        this.reports = reports;
    }

    @ModelAttribute("revisions")
    RevisionHistory revisions(@PathVariable(required = false) String agencyCode,
            @PathVariable(required = false) Integer year) {
        if (agencyCode == null || year == null) {
            return null;
        }
        List<Report> revisions = reports.findRevisions(agencyCode, year);
        return revisions.stream().filter(r -> r.getStatus() == ReportStatus.PUBLISHED).findFirst()
                .map(latest -> RevisionHistory.of(revisions, latest)).orElse(null);
    }
}
