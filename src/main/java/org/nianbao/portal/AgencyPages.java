package org.nianbao.portal;

import org.nianbao.importing.ImportMarks;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.nianbao.agency.Agency;
import org.nianbao.agency.AgencyKind;
import org.nianbao.agency.AgencyRepository;
import org.nianbao.faults.Messages;
import org.nianbao.publishing.ReportView;
import org.nianbao.report.Report;
import org.nianbao.report.ReportRepository;
import org.nianbao.report.ReportStatus;
import org.nianbao.statutory.Edition;
import org.nianbao.statutory.ReportContent;
import org.nianbao.timeliness.Deadline;
import org.nianbao.timeliness.DeadlineRules;
import org.nianbao.timeliness.Deadlines;
import org.nianbao.timeliness.FirstPublications;
import org.nianbao.timeliness.Timeliness;
import org.nianbao.timeliness.Today;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * An agency's page: its reports year by year (from the first edition's year to last year), each marked against its
 * legal deadline, the public record of its corrections (更正记录), and its applications over the years as a chart
 * and a table.
 */
@Controller
class AgencyPages {

    private final ImportMarks marks;
    private final AgencyRepository agencies;
    private final ReportRepository reports;
    private final FirstPublications firstPublications;
    private final Today today;
    private final DeadlineRules deadlineRules;
    private final Messages messages;

    AgencyPages(AgencyRepository agencies, ReportRepository reports, FirstPublications firstPublications, Today today,
            DeadlineRules deadlineRules, Messages messages, ImportMarks marks) {
        this.messages = messages;
        this.marks = marks;
        this.deadlineRules = deadlineRules;
        this.agencies = agencies;
        this.reports = reports;
        this.firstPublications = firstPublications;
        this.today = today;
    }

    /** A published correction: the revision, when, which revision it corrects, its 更正说明 and its page. */
    record CorrectionEntry(int year, int revision, String date, int supersedes, String note, String href) {
    }

    /** A year of the agency's reports: its timeliness and, when published, the latest revision. */
    record YearRow(int year, Timeliness timeliness, ReportSummary report) {
    }

    @GetMapping("/agencies/{code}")
    @Transactional(readOnly = true)
    String page(@PathVariable String code, Model model) {
        Agency agency = agencies.findByCode(code)
                .orElseThrow(() -> new NotFoundException(messages.message("portal.agency.unknown", code)));
        Map<FirstPublications.Key, Instant> first = firstPublications.ofAgencyAndChildren(agency.getId());
        DeadlineRules.Resolver deadlines = deadlineRules.resolver();
        LocalDate date = today.date();
        List<YearRow> rows = new ArrayList<>();
        List<ReportContent> published = new ArrayList<>();
        List<CorrectionEntry> corrections = new ArrayList<>();
        java.util.Set<Integer> importedYears = new java.util.HashSet<>();
        // every revision of the agency in one query (newest year and revision first), their tables batch-fetched
        Map<Integer, List<Report>> revisions = reports.findAllOf(List.of(agency)).stream()
                .filter(r -> r.getStatus() == ReportStatus.PUBLISHED)
                .collect(java.util.stream.Collectors.groupingBy(Report::getYear));
        java.util.Set<Long> imported = marks.imported(revisions.values().stream().flatMap(List::stream)
                .map(Report::getId).toList());
        for (int year = today.lastReportYear(); year >= Edition.FIRST_YEAR; year--) {
            Instant firstPublished = first.get(new FirstPublications.Key(agency.getCode(), year));
            Timeliness timeliness = deadlines.assess(agency, year, firstPublished, date);
            ReportSummary summary = null;
            List<Report> ofYear = revisions.getOrDefault(year, List.of());
            if (firstPublished != null && !ofYear.isEmpty()) {
                Report report = ofYear.get(0);
                summary = new ReportSummary(agency.getCode(), agency.getName(), year, report.getRevision(),
                        ReportView.date(report.getPublishedAt()));
                published.add(report.content());
                if (imported.contains(report.getId())) {
                    importedYears.add(year);
                }
                corrections.addAll(corrections(agency, year, ofYear));
            }
            rows.add(new YearRow(year, timeliness, summary));
        }
        ApplicationFigures figures = ApplicationFigures.of(published);
        model.addAttribute("agency", AgencyTree.AgencyLink.of(agency));
        model.addAttribute("parent", agency.getParent() == null ? null : AgencyTree.AgencyLink.of(agency.getParent()));
        model.addAttribute("branch", !agency.getKind().isGovernmentAboveTownship() ? null
                : AgencyTree.branch(agency, agencies.findByParentOrderById(agency)));
        LocalDate deadline = Deadlines.deadline(agency.getKind(), Edition.FIRST_YEAR);
        Deadline local = deadlines.deadline(agency, today.lastReportYear());
        model.addAttribute("deadlineRule", messages.message("portal.agency.deadline-rule", agency.getKind().label(),
                String.valueOf(deadline.getMonthValue()), String.valueOf(deadline.getDayOfMonth()))
                + (local.isLocal() ? messages.message("portal.agency.deadline-local", local.source()) : ""));
        model.addAttribute("lastYear", today.lastReportYear());
        model.addAttribute("years", rows);
        model.addAttribute("importedYears", importedYears);
        model.addAttribute("corrections", corrections);
        model.addAttribute("figures", figures);
        model.addAttribute("chart", ApplicationsChart.of(figures));
        return "agency";
    }

    /** Every published correction among {@code published} (the year's published revisions, newest first). */
    private static List<CorrectionEntry> corrections(Agency agency, int year, List<Report> published) {
        return published.stream()
                .filter(r -> r.getRevision() > 1)
                .map(r -> new CorrectionEntry(year, r.getRevision(), ReportView.date(r.getPublishedAt()),
                        r.getRevision() - 1, r.getCorrectionNote() == null ? "" : r.getCorrectionNote(),
                        "/reports/" + agency.getCode() + "/" + year + "/revisions/" + r.getRevision()))
                .toList();
    }
}
