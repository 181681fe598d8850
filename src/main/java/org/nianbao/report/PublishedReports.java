package org.nianbao.report;

import java.util.Optional;
import org.nianbao.statutory.ReportContent;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads what the portal has published, as plain content. */
@Service
public class PublishedReports {

    private final ReportRepository reports;

    PublishedReports(ReportRepository reports) {
        this.reports = reports;
    }

    /** The latest published revision of {@code agencyCode}'s report on {@code year}, if the portal holds one. */
    @Transactional(readOnly = true)
    public Optional<ReportContent> content(String agencyCode, int year) {
        if (agencyCode == null || agencyCode.isBlank()) {
            return Optional.empty();
        }
        return reports.findLatestPublished(agencyCode, year).map(Report::content);
    }
}
