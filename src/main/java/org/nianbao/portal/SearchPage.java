package org.nianbao.portal;

import java.util.List;
import java.util.stream.IntStream;
import org.nianbao.search.ReportSearch;
import org.nianbao.search.SearchQuery;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /search?q=…&page=…}: agencies and published reports containing every term. Whatever is typed (nothing, too
 * much, SQL or HTML) gets a calm answer on the page, never an error.
 */
@Controller
class SearchPage {

    private final ReportSearch search;
    SearchPage(ReportSearch search) {
        this.search = search;
    }

    @GetMapping("/search")
    String search(@RequestParam(required = false) String q, @RequestParam(required = false) String page,
            Model model) {
        SearchQuery query = SearchQuery.of(q);
        ReportSearch.Results results = search.reports(query, pageNumber(page));
        model.addAttribute("query", query);
        model.addAttribute("maxLength", SearchQuery.MAX_LENGTH);
        model.addAttribute("results", results);
        model.addAttribute("agencies", results.page() == 1 ? search.agencies(query) : List.of());
        // a window of page links around the current page (at most 100 pages: hits are counted up to 1,000)
        model.addAttribute("pageNumbers", IntStream.rangeClosed(Math.max(1, results.page() - 5),
                Math.min(results.pages(), results.page() + 5)).boxed().toList());
        return "search";
    }

    private static int pageNumber(String page) {
        if (page == null || !page.strip().matches("\\d{1,6}")) {
            return 1;
        }
        return Integer.parseInt(page.strip());
    }
}
