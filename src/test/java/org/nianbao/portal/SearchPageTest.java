package org.nianbao.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nianbao.PortalTest;
import org.nianbao.agency.AgencyRepository;
import org.nianbao.report.ReportRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** /search on the demo data: Chinese substrings, highlighting, pagination and whatever people type. */
@PortalTest
@ExtendWith(FixedClock.class)
class SearchPageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ReportRepository reports;

    @Autowired
    AgencyRepository agencies;

    @Autowired
    TransactionTemplate tx;

    private Document search(String q) throws Exception {
        return Jsoup.parse(mvc.perform(get("/search").param("q", q)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    /** The report titles of every page of results (10 a page; a page past the last answers the last again). */
    private List<String> allTitles(String q) throws Exception {
        List<String> titles = new ArrayList<>();
        List<String> previous = List.of();
        for (int page = 1; page <= 100; page++) {
            List<String> onPage = Jsoup.parse(mvc.perform(get("/search").param("q", q)
                    .param("page", String.valueOf(page))).andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsString()).select(".search-results a.title").eachText();
            if (onPage.isEmpty() || onPage.equals(previous)) {
                break;
            }
            titles.addAll(onPage);
            previous = onPage;
        }
        return titles;
    }

    @Test
    void findsEveryReportWhoseProseContainsTheTermAndMarksIt() throws Exception {
        List<String> expected = tx.execute(s -> reports.findLatestPublished().stream()
                .filter(r -> r.content().sections().values().stream().anyMatch(t -> t.contains("依申请公开")))
                .map(r -> "/reports/" + r.getAgency().getCode() + "/" + r.getYear()).toList());
        assertThat(expected).isNotEmpty();
        Document doc = search("依申请公开");
        assertThat(doc.select(".search-results a.title").eachAttr("href")).containsExactlyElementsOf(expected);
        assertThat(doc.select(".search-results .snippet mark").eachText()).isNotEmpty().allMatch("依申请公开"::equals);
        assertThat(doc.select(".search-results .snippet a").first().attr("href")).contains("#");
    }

    @Test
    void findsAgenciesByNameAndReportsByYear() throws Exception {
        Document doc = search("陆浑");
        assertThat(doc.select("#agencies-heading ~ .agency-list a").eachAttr("href"))
                .containsExactly("/agencies/songxian-luhun");
        assertThat(doc.select("#agencies-heading ~ .agency-list mark").text()).isEqualTo("陆浑");
        // other tests publish copies of 陆浑镇's prose for agencies of their own: 陆浑镇's reports, newest first,
        // may be on a later page than the first
        assertThat(allTitles("陆浑")).containsSubsequence(
                "陆浑镇人民政府2021年政府信息公开工作年度报告", "陆浑镇人民政府2020年政府信息公开工作年度报告");
        // other tests import copies of 陆浑镇's report for agencies of their own, so only 2020 reports may follow
        assertThat(search("陆浑镇 2020").select(".search-results a.title").eachAttr("href"))
                .contains("/reports/songxian-luhun/2020").allMatch(href -> href.endsWith("/2020"))
                .noneMatch(href -> href.startsWith("/reports/songxian-") && !href.contains("luhun"));
        assertThat(search("2022年度").select(".search-results a.title").eachAttr("href"))
                .contains("/reports/songxian-chengguan/2022").allMatch(href -> href.endsWith("/2022"));
    }

    @Test
    void emptyLongAndHostileQueriesGetACalmAnswer() throws Exception {
        assertThat(search("").select(".search-status").text()).contains("请输入要搜索的词语");
        assertThat(mvc.perform(get("/search")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString()).contains("请输入要搜索的词语");
        Document longOne = search("政".repeat(300));
        assertThat(longOne.select(".notice").text()).contains("超过 100 个字符");
        assertThat(longOne.select("#q").val()).hasSize(100);
        for (String hostile : List.of("'; drop table report; --", "<script>alert(1)</script>", "%", "_", "\\",
                "%' or '1'='1", "\u0000", "<mark>x</mark>")) {
            Document doc = search(hostile);
            assertThat(doc.select("script").not("[src^=/js/]")).as(hostile + ": no script but the site's own files")
                    .isEmpty();
            assertThat(doc.select(".search-results li")).as(hostile).isEmpty();
            assertThat(doc.select(".search-status").text()).as(hostile).containsAnyOf("没有找到", "请输入");
        }
        assertThat(search("<script>alert(1)</script>").select(".search-status").text())
                .contains("“<script>alert(1)</script>”");
        assertThat(reports.count()).isGreaterThanOrEqualTo(4);
        mvc.perform(get("/search").param("q", "依申请公开").param("page", "abc")).andExpect(status().isOk());
    }

    @Test
    @Transactional
    void resultsComeTenAPage() throws Exception {
        Instant at = Instant.parse("2022-01-10T02:00:00Z");
        for (int i = 1; i <= 12; i++) {
            PublishedFixtures.publish(agencies, reports, "songxian-test" + i, "测试" + i + "镇人民政府", 2021,
                    "本年度共受理分页测试申请。", at.plusSeconds(i));
        }
        Document first = search("分页测试");
        assertThat(first.select(".search-results > li")).hasSize(10);
        assertThat(first.select(".search-status").text()).contains("找到 12 份报告，第 1 页，共 2 页");
        assertThat(first.select(".pagination a[rel=next]").attr("href")).isEqualTo(
                "/search?q=%E5%88%86%E9%A1%B5%E6%B5%8B%E8%AF%95&page=2");
        Document second = Jsoup.parse(mvc.perform(get("/search").param("q", "分页测试").param("page", "2"))
                .andReturn().getResponse().getContentAsString());
        assertThat(second.select(".search-results > li")).hasSize(2);
        assertThat(second.select(".search-results").attr("start")).isEqualTo("11");
        Document beyond = Jsoup.parse(mvc.perform(get("/search").param("q", "分页测试").param("page", "99"))
                .andReturn().getResponse().getContentAsString());
        assertThat(beyond.select(".pagination [aria-current=page]").text()).isEqualTo("2");
    }
}
