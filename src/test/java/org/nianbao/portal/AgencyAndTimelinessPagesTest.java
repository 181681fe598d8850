package org.nianbao.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.OffsetDateTime;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nianbao.PortalTest;
import org.nianbao.agency.AgencyRepository;
import org.nianbao.report.ReportRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/** Home, agency and timeliness pages on the demo data, today being 2026年3月1日. */
@PortalTest
@ExtendWith(FixedClock.class)
class AgencyAndTimelinessPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AgencyRepository agencies;

    @Autowired
    ReportRepository reports;

    private Document page(String url) throws Exception {
        return Jsoup.parse(mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }

    private Document notFound(String url) throws Exception {
        return Jsoup.parse(mvc.perform(get(url).accept(MediaType.TEXT_HTML)).andExpect(status().isNotFound())
                .andReturn().getResponse().getContentAsString());
    }

    @Test
    void homeBrowsesByHierarchyAndByYear() throws Exception {
        Document home = page("/");
        // the top level: exactly the agencies without a parent (the demo province and any other tests registered),
        // each with the level below it
        List<String> topLevel = jdbc.queryForList("select '/agencies/' || code from agency where parent_id is null",
                String.class);
        assertThat(home.select("#by-agency ~ .branch h3 a").eachAttr("href")).contains("/agencies/henan")
                .containsExactlyInAnyOrderElementsOf(topLevel);
        assertThat(home.select(".branch .agency-list a").eachText()).containsSubsequence("洛阳市人民政府", "河南省教育厅");
        // level by level: the province shows its city, the city its counties, the county its townships and departments
        assertThat(page("/agencies/henan").select(".agency-list a").eachText()).contains("洛阳市人民政府");
        assertThat(page("/agencies/luoyang").select(".agency-list a").eachText())
                .containsSubsequence("嵩县人民政府", "栾川县人民政府", "洛阳市自然资源和规划局");
        // 行政区划代码 are searchable
        assertThat(page("/search?q=410325").select("#agencies-heading ~ .agency-list a").eachAttr("href"))
                .containsExactly("/agencies/songxian");
        assertThat(page("/agencies/songxian").select(".agency-list a").eachText()).containsSubsequence("城关镇人民政府",
                "田湖镇人民政府", "陆浑镇人民政府", "车村镇人民政府", "旧县镇人民政府", "嵩县教育局", "嵩县自然资源局");
        assertThat(home.select(".year-list > li > a[href^=/?year]").eachText())
                .containsExactly("2025 年度", "2024 年度", "2023 年度", "2022 年度", "2021 年度", "2020 年度", "2019 年度");
    }

    @Test
    void homeFiltersByYear() throws Exception {
        List<String> titles = page("/?year=2021").select(".report-list li > a").eachText();
        assertThat(titles).containsSubsequence(
                "田湖镇人民政府2021年政府信息公开工作年度报告", "陆浑镇人民政府2021年政府信息公开工作年度报告");
        assertThat(titles).allMatch(t -> t.contains("2021年"));
        Document odd = page("/?year=<b>1999</b>");
        assertThat(odd.select(".notice").text()).contains("没有“<b>1999</b>”年度的报告");
        assertThat(odd.select(".notice b")).isEmpty();
        assertThat(odd.select(".report-list li")).hasSameSizeAs(page("/").select(".report-list li"));
    }

    @Test
    @Transactional
    void agencyPageMarksEveryYearAgainstItsDeadline() throws Exception {
        PublishedFixtures.publish(agencies, reports, "songxian-deadlines", "期限镇人民政府", 2021, "按时。",
                OffsetDateTime.parse("2022-01-31T23:00:00+08:00").toInstant());
        PublishedFixtures.publish(agencies, reports, "songxian-deadlines", "期限镇人民政府", 2023, "逾期。",
                OffsetDateTime.parse("2024-02-05T09:00:00+08:00").toInstant());
        List<String> years = page("/agencies/songxian-deadlines").select("#reports-heading ~ .table-scroll tbody tr")
                .stream().map(tr -> tr.select("th").text() + " " + tr.select("td").get(2).text()).toList();
        assertThat(years).containsExactly("2025 年度 未发布", "2024 年度 未发布", "2023 年度 逾期 5 天",
                "2022 年度 未发布", "2021 年度 按时发布", "2020 年度 未发布", "2019 年度 未发布");

        Document doc = page("/agencies/songxian-luhun");
        assertThat(doc.select("h1").text()).isEqualTo("陆浑镇人民政府");
        Element row2021 = doc.select("#reports-heading ~ .table-scroll tbody tr").get(4);
        assertThat(row2021.select("td").get(0).text()).isEqualTo("2022年1月31日");
        assertThat(row2021.select("td").get(1).text()).isEqualTo("2022年1月20日");
        assertThat(row2021.select("a").eachAttr("href"))
                .containsExactly("/reports/songxian-luhun/2021", "/reports/songxian-luhun/2021.csv");

        assertThat(page("/agencies/songxian-chengguan").select(".status").eachText()).contains("逾期 3 天");
    }

    @Test
    void agencyPageShowsApplicationsOverTheYearsAsChartAndTable() throws Exception {
        Document doc = page("/agencies/songxian-luhun");
        Element svg = doc.selectFirst("figure.chart svg");
        assertThat(svg.attr("role")).isEqualTo("img");
        assertThat(doc.select("#chart-desc").text()).startsWith("2020年：收到申请");
        Element table = doc.selectFirst("table.figures");
        assertThat(table.select("thead th").eachText()).containsExactly("年度", "本年新收申请", "予以公开", "部分公开",
                "不予公开", "无法提供", "不予处理", "其他处理");
        assertThat(table.select("tbody th").eachText()).containsSubsequence("2020 年度", "2021 年度");
        assertThat(table.select("td.num")).hasSize(7 * table.select("tbody tr").size());
        assertThat(table.select("tbody tr").first().select("td").eachText())
                .containsExactly("2", "1", "0", "0", "1", "0", "0");
        // every figure of the table is in the chart's text alternative too
        for (Element tr : table.select("tbody tr")) {
            assertThat(doc.select("#chart-desc").text()).contains(tr.selectFirst("th").text().replace(" 年度", "年")
                    + "：收到申请" + tr.selectFirst("td").text() + "件");
        }
    }

    @Test
    void countyPageListsItsTownshipsAndDepartments() throws Exception {
        Document doc = page("/agencies/songxian");
        assertThat(doc.select(".agency-list a").eachText()).contains("陆浑镇人民政府", "嵩县教育局");
        assertThat(doc.select("a[href=/timeliness/songxian/2025]")).isNotEmpty();
        assertThat(doc.select("#applications-heading ~ p").text()).contains("还没有已发布的报告");
    }

    @Test
    void timelinessShowsEveryTownshipAndDepartment() throws Exception {
        Document doc = page("/timeliness/songxian/2021");
        List<String> lines = doc.select("tbody tr").stream()
                .map(tr -> tr.select("th").text() + " " + tr.select("td").get(1).text() + " "
                        + tr.select("td").get(2).text()).toList();
        assertThat(lines).containsSubsequence(
                "城关镇人民政府 — 未发布", "田湖镇人民政府 2022年1月28日 按时发布", "陆浑镇人民政府 2022年1月20日 按时发布",
                "车村镇人民政府 — 未发布", "旧县镇人民政府 — 未发布", "嵩县教育局 — 未发布", "嵩县自然资源局 — 未发布");
        long onTime = lines.stream().filter(l -> l.endsWith("按时发布")).count();
        long missing = lines.stream().filter(l -> l.endsWith("未发布")).count();
        assertThat(doc.select(".summary").text()).isEqualTo("按时发布 " + onTime + " 家； 逾期发布 "
                + (lines.size() - onTime - missing) + " 家； 未发布 " + missing + " 家。");
        assertThat(page("/timeliness/songxian/2022").select("tbody tr").first().text())
                .isEqualTo("城关镇人民政府 乡镇 2023年2月3日 逾期 3 天 2023年1月31日");
        assertThat(doc.select(".deadline-sources li").eachText())
                .contains("乡镇人民政府/街道办事处：《政府信息公开条例》第四十九条：1月31日前");
    }

    @Test
    void unknownAgenciesCountiesAndYearsAreTheChinese404() throws Exception {
        assertThat(notFound("/agencies/nowhere").select(".error p").first().text())
                .isEqualTo("没有机关代码为“nowhere”的机关。");
        assertThat(notFound("/timeliness/nowhere/2021").select("h1").text()).isEqualTo("页面不存在（404）");
        assertThat(notFound("/timeliness/songxian-luhun/2021").select(".error p").first().text())
                .contains("县级以上人民政府");
        assertThat(notFound("/timeliness/songxian/2018").select(".error p").first().text())
                .isEqualTo("没有 2018 年度的报告：可查询 2019 年度至 2025 年度。");
        notFound("/timeliness/songxian/2026");
    }
}
