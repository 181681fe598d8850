package org.nianbao.portal;

import java.util.List;
import java.util.stream.IntStream;
import org.nianbao.agency.AgencyRepository;
import org.nianbao.publishing.ReportView;
import org.nianbao.report.ReportRepository;
import org.nianbao.statutory.Edition;
import org.nianbao.timeliness.Today;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;

/**
 * The home page: published reports, newest first (or those of one year with {@code ?year=}), and ways to browse:
 * by the agency hierarchy (county, its townships and departments) and by year.
 */
@Controller
class HomePage {

    private final ReportRepository reports;
    private final AgencyRepository agencies;
    private final Today today;
    private final PublicationVersion versions;

    HomePage(ReportRepository reports, AgencyRepository agencies, Today today, PublicationVersion versions) {
        this.reports = reports;
        this.agencies = agencies;
        this.today = today;
        this.versions = versions;
    }

    /** A year to browse, with how many reports on it are published. */
    record YearLink(int year, long published) {

        public String path() {
            return "/?year=" + year;
        }
    }

    @GetMapping("/")
    @Transactional(readOnly = true)
    String home(@RequestParam(required = false) String year, Model model, WebRequest request) {
        if (versions.notModifiedToday(request)) {
            return null;
        }
        List<ReportSummary> all = reports.findLatestPublished().stream()
                .map(r -> new ReportSummary(r.getAgency().getCode(), r.getAgency().getName(), r.getYear(),
                        r.getRevision(), ReportView.date(r.getPublishedAt())))
                .toList();
        Integer selected = year == null || year.isBlank() ? null : parseYear(year.strip());
        model.addAttribute("yearAsked", year);
        model.addAttribute("selectedYear", selected);
        model.addAttribute("yearInvalid", year != null && !year.isBlank() && selected == null);
        model.addAttribute("reports", selected == null ? all
                : all.stream().filter(r -> r.year() == selected).toList());
        model.addAttribute("years", IntStream.iterate(today.lastReportYear(), y -> y >= Edition.FIRST_YEAR, y -> y - 1)
                .mapToObj(y -> new YearLink(y, all.stream().filter(r -> r.year() == y).count())).toList());
        model.addAttribute("lastYear", today.lastReportYear());
        model.addAttribute("tree", AgencyTree.of(agencies.findAll(Sort.by("id"))));
        return "home";
    }

    private Integer parseYear(String year) {
        if (!year.matches("\\d{4}")) {
            return null;
        }
        int value = Integer.parseInt(year);
        return today.isReportYear(value) ? value : null;
    }
}
