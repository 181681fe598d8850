package org.nianbao.portal;

import org.nianbao.importing.ImportMarks;
import org.nianbao.publishing.ReportView;
import org.nianbao.agency.AgencyRepository;
import org.nianbao.report.Report;
import org.nianbao.report.ReportRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.WebRequest;

/**
 * A published report: its page laid out like the statutory format (the latest revision, with its 更正说明 and links
 * to its files), and its exchange-format JSON.
 */
@Controller
class ReportPages {

    private final ReportRepository reports;
    private final RevisionFiles revisionFiles;
    private final AgencyRepository agencies;
    private final int amountPrecision;
    private final ImportMarks marks;
    private final PublicationVersion versions;

    ReportPages(ReportRepository reports, RevisionFiles revisionFiles, AgencyRepository agencies,
            @Value("${nianbao.amount-precision:4}") int amountPrecision,
            PublicationVersion versions, ImportMarks marks) {
        this.marks = marks;
        this.reports = reports;
        this.revisionFiles = revisionFiles;
        this.agencies = agencies;
        this.amountPrecision = amountPrecision;
        this.versions = versions;
    }

    @GetMapping("/reports/{agencyCode}/{year:\\d{1,4}}")
    @Transactional(readOnly = true)
    String page(@PathVariable String agencyCode, @PathVariable int year, Model model, WebRequest request) {
        if (versions.notModified(request)) {
            return null;
        }
        Report report = published(agencyCode, year);
        model.addAttribute("report", ReportView.of(report, reports.findRevisions(agencyCode, year), amountPrecision));
        model.addAttribute("imported", marks.of(report).orElse(null));
        model.addAttribute("downloads", revisionFiles.of(report, true));
        return "report";
    }

    @GetMapping(path = "/reports/{agencyCode}/{year:\\d{1,4}}.json")
    @Transactional(readOnly = true)
    ResponseEntity<byte[]> json(@PathVariable String agencyCode, @PathVariable int year, WebRequest request) {
        if (versions.notModified(request)) {
            return null;
        }
        Report report = published(agencyCode, year);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename(RevisionFiles.filename(report, "json")).build().toString())
                .body(RevisionFiles.json(report));
    }

    private Report published(String agencyCode, int year) {
        return reports.findLatestPublished(agencyCode, year).orElseThrow(() -> new NotFoundException(
                agencies.findByCode(agencyCode)
                        .map(a -> a.getName() + "还没有发布 " + year + " 年的政府信息公开工作年度报告。")
                        .orElse("没有机关代码为“" + agencyCode + "”的机关。")));
    }
}
