package org.nianbao.portal;

import java.util.List;
import java.util.stream.IntStream;
import org.nianbao.search.ReportSearch;
import org.nianbao.search.SearchQuery;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;

/**
 * {@code /search?q=…&page=…}: agencies and published reports containing every term. Whatever is typed (nothing, too
 * much, SQL or HTML) gets a calm answer on the page, never an error.
 */
@Controller
class SearchPage {

    private final ReportSearch search;
    private final PublicationVersion versions;

    SearchPage(ReportSearch search, PublicationVersion versions) {
        this.search = search;
        this.versions = versions;
    }

    @GetMapping("/search")
    String search(@RequestParam(required = false) String q, @RequestParam(required = false) String page,
            Model model, WebRequest request) {
        if (versions.notModified(request)) {
            return null;
        }
        SearchQuery query = SearchQuery.of(q);
        ReportSearch.Results results = search.reports(query, pageNumber(page));
        model.addAttribute("query", query);
        model.addAttribute("maxLength", SearchQuery.MAX_LENGTH);
        model.addAttribute("results", results);
        model.addAttribute("agencies", results.page() == 1 ? search.agencies(query) : List.of());
        model.addAttribute("pageNumbers", IntStream.rangeClosed(1, results.pages()).boxed().toList());
        return "search";
    }

    private static int pageNumber(String page) {
        if (page == null || !page.strip().matches("\\d{1,6}")) {
            return 1;
        }
        return Integer.parseInt(page.strip());
    }
}
