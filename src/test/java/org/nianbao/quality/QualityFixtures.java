package org.nianbao.quality;

import java.time.Instant;
import java.util.Map;
import org.nianbao.agency.Agency;
import org.nianbao.agency.AgencyKind;
import org.nianbao.agency.AgencyRepository;
import org.nianbao.report.Report;
import org.nianbao.report.ReportRepository;
import org.nianbao.statutory.Edition;
import org.nianbao.statutory.ReportContent;
import org.nianbao.validation.Finding;

/** A county of this test's own (丙县, code q15) with townships and published reports, inside a rolled-back test. */
final class QualityFixtures {

    private QualityFixtures() {
    }

    static Agency county(AgencyRepository agencies) {
        return agencies.findByCode("q15").orElseGet(() -> agencies.saveAndFlush(new Agency("q15", "丙县人民政府",
                AgencyKind.COUNTY, null)));
    }

    static Agency township(AgencyRepository agencies, String code, String name) {
        Agency county = county(agencies);
        return agencies.findByCode(code)
                .orElseGet(() -> agencies.saveAndFlush(new Agency(code, name, AgencyKind.TOWNSHIP, county)));
    }

    static ReportContent content(Agency agency, int year, String overview, String problems) {
        return new ReportContent(agency.getCode(), agency.getName(), year, Edition.forYear(year).orElseThrow(),
                ReportContent.sections(overview, problems, "本年度未收取信息处理费。"), Map.of());
    }

    static Report publish(ReportRepository reports, Agency agency, int year, String overview, String problems,
            Instant at) {
        Report report = Report.imported(agency, content(agency, year, overview, problems));
        report.publish(at);
        return reports.saveAndFlush(report);
    }

    static boolean is(Finding finding, String rule) {
        return finding.rule().equals(rule);
    }
}
