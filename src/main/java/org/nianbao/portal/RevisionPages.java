package org.nianbao.portal;

import java.util.List;
import org.nianbao.importing.ImportMarks;
import org.nianbao.publishing.ReportView;
import org.nianbao.report.Report;
import org.nianbao.report.ReportRepository;
import org.nianbao.report.ReportStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Every published revision of a report stays readable at {@code /reports/{agencyCode}/{year}/revisions/{n}},
 * laid out like the latest one, with its 更正说明 and what it changed, links to its own files (never the latest's)
 * with their fingerprints, and links to the other revisions.
 */
@Controller
class RevisionPages {

    private final ReportRepository reports;
    private final RevisionFiles revisionFiles;
    private final int amountPrecision;
    private final ImportMarks marks;

    RevisionPages(ReportRepository reports, RevisionFiles revisionFiles,
            @Value("${nianbao.amount-precision:4}") int amountPrecision, ImportMarks marks) {
        this.marks = marks;
        this.reports = reports;
        this.revisionFiles = revisionFiles;
        this.amountPrecision = amountPrecision;
    }

    @GetMapping("/reports/{agencyCode}/{year:\\d{1,4}}/revisions/{revision:\\d{1,6}}")
    @Transactional(readOnly = true)
    String revision(@PathVariable String agencyCode, @PathVariable int year, @PathVariable int revision,
            Model model) {
        List<Report> revisions = reports.findRevisions(agencyCode, year);
        Report shown = revisions.stream()
                .filter(r -> r.getRevision() == revision && r.getStatus() == ReportStatus.PUBLISHED).findFirst()
                .orElseThrow(() -> new NotFoundException("没有找到机关代码为“" + agencyCode + "”的 " + year
                        + " 年报告已发布的第 " + revision + " 版。"));
        model.addAttribute("report", ReportView.of(shown, revisions, amountPrecision));
        model.addAttribute("imported", marks.of(shown).orElse(null));
        model.addAttribute("downloads", revisionFiles.of(shown, false));
        model.addAttribute("revisions", RevisionHistory.of(revisions, shown));
        return "report";
    }
}
