package org.nianbao.draft;

import java.util.List;
import java.util.Optional;
import org.nianbao.report.Report;
import org.nianbao.report.ReportRepository;
import org.nianbao.report.ReportStatus;
import org.nianbao.statutory.ReportContent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** An agency's report on the year before: what cross-year rules check against and what pre-fills a new report. */
@Component
public class LastYear {

    private final ReportRepository reports;

    LastYear(ReportRepository reports) {
        this.reports = reports;
    }

    /**
     * Last year's report as the editor shows and carries it over: its latest published revision, or else its latest
     * revision at all (a report still in review); empty when there is none.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<ReportContent> forCarryOver(String agencyCode, int year) {
        List<Report> revisions = reports.findRevisions(agencyCode, year - 1);
        return revisions.stream().filter(r -> r.getStatus() == ReportStatus.PUBLISHED).findFirst()
                .or(() -> revisions.stream().findFirst()).map(Report::content);
    }
}
