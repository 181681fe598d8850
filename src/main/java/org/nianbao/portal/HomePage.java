package org.nianbao.portal;

import java.util.List;
import java.util.stream.IntStream;
import org.nianbao.agency.Agency;
import org.nianbao.agency.AgencyRepository;
import org.nianbao.statutory.Edition;
import org.nianbao.timeliness.Today;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The home page: published reports, newest first, {@value PublishedList#PAGE_SIZE} a page ({@code ?after=} and
 * {@code ?before=} a report's id; or those of one year with {@code ?year=}), and ways to browse: the top of the
 * agency hierarchy with the level below it (each agency's page shows the next level), and by year.
 */
@Controller
class HomePage {

    private final PublishedList list;
    private final AgencyRepository agencies;
    private final Today today;

    HomePage(PublishedList list, AgencyRepository agencies, Today today) {
        this.list = list;
        this.agencies = agencies;
        this.today = today;
    }

    /** A year to browse, with how many reports on it are published (at most "1,000+"). */
    record YearLink(int year, long published) {

        public String path() {
            return "/?year=" + year;
        }

        public String publishedText() {
            return published > PublishedList.COUNT_LIMIT ? "1,000+" : String.valueOf(published);
        }
    }

    /** The links to the previous and next pages, null where there is none. */
    record Pagination(String previous, String next) {

        static Pagination of(Integer year, PublishedList.Page page) {
            return new Pagination(page.before() == null ? null : link(year, "before", page.before()),
                    page.after() == null ? null : link(year, "after", page.after()));
        }

        private static String link(Integer year, String name, long id) {
            UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/");
            if (year != null) {
                uri.queryParam("year", year);
            }
            return uri.queryParam(name, id).build().toUriString();
        }

        public boolean any() {
            return previous != null || next != null;
        }
    }

    @GetMapping("/")
    @Transactional(readOnly = true)
    String home(@RequestParam(required = false) String year, @RequestParam(required = false) String after,
            @RequestParam(required = false) String before, Model model) {
        Integer selected = year == null || year.isBlank() ? null : parseYear(year.strip());
        PublishedList.Page page = list.page(selected, new PublishedList.Cursor(id(after), id(before)));
        model.addAttribute("yearAsked", year);
        model.addAttribute("selectedYear", selected);
        model.addAttribute("yearInvalid", year != null && !year.isBlank() && selected == null);
        model.addAttribute("reports", page.reports());
        model.addAttribute("pagination", Pagination.of(selected, page));
        model.addAttribute("years", IntStream.iterate(today.lastReportYear(), y -> y >= Edition.FIRST_YEAR, y -> y - 1)
                .mapToObj(y -> new YearLink(y, list.countUpToLimit(y))).toList());
        model.addAttribute("lastYear", today.lastReportYear());
        List<Agency> tops = agencies.findByParentIsNullOrderById();
        model.addAttribute("tree", AgencyTree.of(tops, tops.isEmpty() ? List.of()
                : agencies.findByParentInOrderById(tops)));
        return "home";
    }

    /** A cursor as typed: a report id, or null for anything else. */
    private static Long id(String value) {
        return value != null && value.strip().matches("\\d{1,18}") ? Long.valueOf(value.strip()) : null;
    }

    private Integer parseYear(String year) {
        if (!year.matches("\\d{4}")) {
            return null;
        }
        int value = Integer.parseInt(year);
        return today.isReportYear(value) ? value : null;
    }
}
