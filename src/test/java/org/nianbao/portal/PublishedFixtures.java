package org.nianbao.portal;

import java.time.Instant;
import java.util.Map;
import org.nianbao.agency.Agency;
import org.nianbao.agency.AgencyKind;
import org.nianbao.agency.AgencyRepository;
import org.nianbao.report.Report;
import org.nianbao.report.ReportRepository;
import org.nianbao.statutory.Edition;
import org.nianbao.statutory.ReportContent;

/** Publishes extra reports inside a test's (rolled back) transaction, without rendering files. */
final class PublishedFixtures {

    private PublishedFixtures() {
    }

    static Report publish(AgencyRepository agencies, ReportRepository reports, String code, String name, int year,
            String overview, Instant at) {
        Agency county = agencies.findByCode("songxian").orElseThrow();
        Agency agency = agencies.findByCode(code)
                .orElseGet(() -> agencies.saveAndFlush(new Agency(code, name, AgencyKind.TOWNSHIP, county)));
        ReportContent content = new ReportContent(code, name, year, Edition.forYear(year).orElseThrow(),
                ReportContent.sections(overview, "", "无"), Map.of());
        Report report = Report.imported(agency, content);
        report.publish(at);
        return reports.saveAndFlush(report);
    }
}
