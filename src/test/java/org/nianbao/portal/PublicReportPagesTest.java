package org.nianbao.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.nianbao.PortalTest;
import org.nianbao.agency.Agency;
import org.nianbao.agency.AgencyKind;
import org.nianbao.agency.AgencyRepository;
import org.nianbao.exchange.ExchangeFormat;
import org.nianbao.publishing.Publisher;
import org.nianbao.report.Report;
import org.nianbao.report.ReportRepository;
import org.nianbao.statutory.ReportContent;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** The public pages on the demo data: the list, a report laid out like the statutory format, its JSON, 404s. */
@PortalTest
class PublicReportPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ReportRepository reports;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    AgencyRepository agencies;

    @Autowired
    Publisher publisher;

    private Document page(String url) throws Exception {
        String html = mvc.perform(get(url)).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andReturn().getResponse().getContentAsString();
        return Jsoup.parse(html);
    }

    @Test
    void homeListsPublishedReportsNewestFirst() throws Exception {
        // by year, then by publication: 田湖镇 published its 2021 report after 陆浑镇 did. Other tests may publish
        // more reports into the shared test database, so the demo reports are checked in their relative order.
        Document home = page("/");
        List<String> titles = home.select(".report-list li > a").eachText();
        assertThat(titles).containsSubsequence(
                "城关镇人民政府2022年政府信息公开工作年度报告",
                "田湖镇人民政府2021年政府信息公开工作年度报告",
                "陆浑镇人民政府2021年政府信息公开工作年度报告",
                "陆浑镇人民政府2020年政府信息公开工作年度报告");
        List<Integer> years = titles.stream()
                .map(t -> Integer.parseInt(t.replaceAll("^.*?(\\d{4})年政府信息公开.*$", "$1"))).toList();
        assertThat(years).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(home.select(".report-list li > a[href=/reports/songxian-chengguan/2022]")).hasSize(1);
    }

    /** The year's count as the home page shows it, e.g. 「已发布 12 份」 for 2021. */
    private String yearCount(int year) throws Exception {
        return page("/").select(".year-list > li").stream()
                .filter(li -> li.select("a[href=/?year=" + year + "]").size() == 1)
                .map(li -> li.select(".meta").text()).findFirst().orElseThrow();
    }

    @Test
    void theHomePageCountsAReportAsSoonAsItIsPublished() throws Exception {
        String before = yearCount(2021);
        assertThat(yearCount(2021)).isEqualTo(before); // asked twice: the count kept for the home page
        int count = Integer.parseInt(before.replaceAll("\\D", ""));

        String code = "home-count-" + System.nanoTime();
        Agency town = tx.execute(s -> agencies.saveAndFlush(new Agency(code, "计数测试镇人民政府", AgencyKind.TOWNSHIP,
                agencies.findByCode("songxian").orElseThrow())));
        ReportContent luhun = ExchangeFormat.read(CorrectedReports.resource("/demo/songxian-luhun-2021.json"));
        publisher.publish(Report.imported(town, new ReportContent(code, "计数测试镇人民政府", 2021, luhun.edition(),
                luhun.sections(), luhun.values())), Instant.parse("2022-01-20T02:00:00Z"));

        assertThat(yearCount(2021)).isEqualTo("已发布 " + (count + 1) + " 份");
    }

    @Test
    void reportPageHasTheSixSectionsInOrder() throws Exception {
        Document doc = page("/reports/songxian-luhun/2021");
        assertThat(doc.select("h1").text()).isEqualTo("陆浑镇人民政府2021年政府信息公开工作年度报告");
        assertThat(doc.select("article h2").eachText()).containsExactly("一、总体情况", "二、主动公开政府信息情况",
                "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况",
                "六、其他需要报告的事项");
        assertThat(doc.select("#overview p").first().text()).startsWith("2021年，陆浑镇政府紧紧围绕县委、县政府重大决策部署");
        assertThat(doc.select("#other_matters p").text()).isEqualTo("无");
    }

    @Test
    void tableThreeHasThePrintedMergedHeaders() throws Exception {
        Element table = page("/reports/songxian-luhun/2021").selectFirst("#applications table");
        assertThat(header(table, "申请人情况").attr("colspan")).isEqualTo("7");
        assertThat(header(table, "法人或其他组织").attr("colspan")).isEqualTo("5");
        assertThat(header(table, "自然人").attr("rowspan")).isEqualTo("2");
        // 三、本年度办理结果 spans its 21 result rows and （七）总计
        assertThat(header(table, "三、本年度办理结果").attr("rowspan")).isEqualTo("22");
        assertThat(header(table, "（三）不予公开").attr("rowspan")).isEqualTo("8");
        assertThat(header(table, "一、本年新收政府信息公开申请数量").attr("colspan")).isEqualTo("3");
        assertThat(table.select("thead th.note").text())
                .isEqualTo("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）");
        assertThat(table.select("tbody tr")).hasSize(25);
        assertThat(table.select("tbody td.num")).hasSize(25 * 7);
        // every value cell names its headers for screen readers
        Element first = table.selectFirst("tbody td");
        assertThat(first.attr("headers").split(" ")).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void tableFourHasThePrintedMergedHeaders() throws Exception {
        Element table = page("/reports/songxian-luhun/2021").selectFirst("#review_litigation table");
        assertThat(header(table, "行政复议").attr("colspan")).isEqualTo("5");
        assertThat(header(table, "行政复议").attr("rowspan")).isEqualTo("2");
        assertThat(header(table, "行政诉讼").attr("colspan")).isEqualTo("10");
        assertThat(header(table, "未经复议直接起诉").attr("colspan")).isEqualTo("5");
        assertThat(header(table, "复议后起诉").attr("colspan")).isEqualTo("5");
        assertThat(table.select("tbody td.num")).hasSize(15);
    }

    @Test
    void tableTwoShowsBlocksAndRightAlignedFigures() throws Exception {
        Document doc = page("/reports/songxian-tianhu/2021");
        Element table = doc.selectFirst("#proactive table");
        assertThat(table.select("th.block").eachText()).containsExactly("第二十条第（一）项", "第二十条第（五）项",
                "第二十条第（六）项", "第二十条第（八）项");
        assertThat(table.select("td.num").eachText()).containsExactly("0", "0", "0", "2", "0", "3", "12", "4", "0",
                "0.3500");
    }

    @Test
    void jsonIsTheExchangeFormatOfTheReport() throws Exception {
        String json = mvc.perform(get("/reports/songxian-luhun/2021.json")).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andReturn().getResponse().getContentAsString();
        ReportContent stored = tx.execute(s -> reports.findLatestPublished("songxian-luhun", 2021).orElseThrow()
                .content());
        ReportContent read = ExchangeFormat.read(json);
        assertThat(read.sections()).isEqualTo(stored.sections());
        assertThat(read.values().keySet()).isEqualTo(stored.values().keySet());
        read.values().forEach((cell, value) -> assertThat(value).as(cell.key())
                .isEqualByComparingTo(stored.value(cell)));
        assertThat(json).contains("\"licensing\":{\"decisions\":5}");
    }

    @Test
    void unknownAgencyOrYearGetsAChineseNotFoundPage() throws Exception {
        for (String url : List.of("/reports/nowhere/2021", "/reports/songxian-luhun/2019",
                "/reports/songxian-luhun/2019.json")) {
            String html = mvc.perform(get(url).accept(MediaType.TEXT_HTML)).andExpect(status().isNotFound())
                    .andReturn().getResponse().getContentAsString();
            assertThat(Jsoup.parse(html).select("h1").text()).as(url).isEqualTo("页面不存在（404）");
        }
        String html = mvc.perform(get("/reports/songxian-luhun/2019")).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(html).select(".error p").first().text())
                .isEqualTo("陆浑镇人民政府还没有发布 2019 年的政府信息公开工作年度报告。");
        html = mvc.perform(get("/reports/nowhere/2021")).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(html).select(".error p").first().text()).isEqualTo("没有机关代码为“nowhere”的机关。");
    }

    private static Element header(Element table, String text) {
        return table.select("th").stream().filter(th -> th.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no header " + text));
    }
}
