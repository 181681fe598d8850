package org.nianbao.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.nianbao.demo.Generator;
import org.nianbao.exchange.ExchangeFormat;
import org.nianbao.opendata.YearFiles;
import org.nianbao.report.PublishedReports;
import org.nianbao.statutory.ReportContent;
import org.nianbao.timeliness.Today;
import org.nianbao.validation.Finding;
import org.nianbao.validation.Validator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public side over reports made by the benchmark generator ({@link Generator}, through the storage the portal
 * uses): keyset pages, level-by-level browsing, search through the Chinese index, yearly files in chunks and the
 * limit on concurrent builds. Each test generates its own province (codes with a random prefix) inside its own
 * transaction, which is rolled back, so the shared database is left as it was.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class GeneratedPortalTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Today today;
    @Autowired
    YearFiles yearFiles;
    @Autowired
    OpenDataBuilds builds;
    @Autowired
    PublishedReports published;

    private String prefix;

    /** A generated province of about {@code reports} reports on the last {@code years} report years. */
    private Generator.Generated generate(int reports, int years) {
        prefix = "i9b" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
        return new Generator(jdbc, 9).generate(prefix, reports, today.lastReportYear(), years, () -> { });
    }

    private Document page(String url) throws Exception {
        return Jsoup.parse(mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    private Document search(String q, String pageNumber) throws Exception {
        return Jsoup.parse(mvc.perform(get("/search").param("q", q).param("page", pageNumber))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private static List<String> links(Document page, String selector) {
        return page.select(selector).eachAttr("href");
    }

    @Test
    @Transactional
    void theYearListComesFiftyAPageEachStartingWhereTheLastEnded() throws Exception {
        Generator.Generated generated = generate(300, 2);
        int year = today.lastReportYear();
        List<String> seen = new ArrayList<>();
        List<Document> pages = new ArrayList<>();
        String next = "/?year=" + year;
        while (next != null) {
            Document doc = page(next);
            pages.add(doc);
            seen.addAll(links(doc, ".report-list li > a"));
            Element link = doc.selectFirst(".pagination a[rel=next]");
            next = link == null ? null : link.attr("href");
            assertThat(pages).hasSizeLessThan(100);
        }
        assertThat(pages).hasSizeGreaterThanOrEqualTo(3);
        for (Document doc : pages.subList(0, pages.size() - 1)) {
            assertThat(doc.select(".report-list li > a")).hasSize(50);
        }
        assertThat(new HashSet<>(seen)).as("no report twice").hasSameSizeAs(seen);
        assertThat(seen).allMatch(href -> href.endsWith("/" + year));
        List<String> mine = seen.stream().filter(h -> h.startsWith("/reports/" + prefix + "-")).toList();
        assertThat(mine).hasSize(generated.agencies() - 1); // every agency but the province (its report is there too)
        assertThat(seen).contains("/reports/" + prefix + "/" + year);
        // newest first: the publication dates never increase along the pages
        List<String> dates = pages.stream().flatMap(d -> d.select(".report-list time").eachText().stream()).toList();
        assertThat(dates).isSortedAccordingTo((a, b) -> date(b).compareTo(date(a)));
        // the second page links back to the first, which it follows exactly
        Document second = pages.get(1);
        assertThat(links(page(second.selectFirst(".pagination a[rel=prev]").attr("href")), ".report-list li > a"))
                .isEqualTo(links(pages.get(0), ".report-list li > a"));
        assertThat(pages.get(0).select(".pagination a[rel=prev]")).isEmpty();
        assertThat(second.selectFirst(".pagination a[rel=next]").attr("href")).startsWith("/?year=" + year + "&after=");
        // all years: the same 50 a page, newest year first
        Document all = page("/");
        assertThat(all.select(".report-list li > a")).hasSize(50);
        assertThat(all.select(".year-list .meta").eachText()).anyMatch(t -> t.matches("已发布 \\d+ 份"));
    }

    private static String date(String chinese) { // 2025年3月5日 -> 2025-03-05
        String[] parts = chinese.split("[年月日]");
        return parts[0] + "-" + "%02d".formatted(Integer.parseInt(parts[1])) + "-"
                + "%02d".formatted(Integer.parseInt(parts[2]));
    }

    @Test
    @Transactional
    void eachLevelOfTheHierarchyShowsOnlyTheLevelBelowIt() throws Exception {
        Generator.Generated generated = generate(200, 1);
        String city = generated.city();
        String county = generated.county();
        List<String> home = links(page("/"), "#by-agency ~ .branch h3 a");
        assertThat(home).contains("/agencies/" + prefix).doesNotContain("/agencies/" + city);
        assertThat(links(page("/"), ".branch .agency-list a")).contains("/agencies/" + city)
                .doesNotContain("/agencies/" + county);

        assertThat(links(page("/agencies/" + prefix), ".agency-list a")).contains("/agencies/" + city)
                .noneMatch(h -> h.startsWith("/agencies/" + city + "-"));
        List<String> cityLinks = links(page("/agencies/" + city), ".agency-list a");
        assertThat(cityLinks).contains("/agencies/" + county, "/agencies/" + city + "-d0")
                .noneMatch(h -> h.startsWith("/agencies/" + county + "-"));
        List<String> countyLinks = links(page("/agencies/" + county), ".agency-list a");
        assertThat(countyLinks).contains("/agencies/" + county + "-t0", "/agencies/" + county + "-d0")
                .hasSize(Generator.TOWNSHIPS + Generator.DEPARTMENTS);
        assertThat(links(page("/timeliness/" + county + "/" + today.lastReportYear()), "a[href^=/reports/]"))
                .hasSize(Generator.TOWNSHIPS + Generator.DEPARTMENTS);
    }

    @Test
    @Transactional
    void searchFindsOneTwoAndThreeChineseCharactersThroughTheIndex() throws Exception {
        generate(200, 1);
        int year = today.lastReportYear();
        String target = prefix + "-c0-0-t3";
        jdbc.update("update report set problems = problems || '另查明龘靐齉问题。' where year = ? and agency_id ="
                + " (select id from agency where code = ?)", year, target);
        for (String term : List.of("龘", "龘靐", "龘靐齉", "靐齉 问题")) {
            Document doc = search(term, "1");
            assertThat(links(doc, ".search-results a.title")).as(term).containsExactly("/reports/" + target + "/" + year);
            assertThat(doc.select(".search-results .snippet mark").eachText()).as(term)
                    .allMatch(List.of(term.split(" "))::contains);
        }
        // the index, not a scan of it: for a two-character term the trigram index yields only the matching row
        // (on a table this small the planner may prefer reading the published-order index whole: leave it out of this
        // transaction, which is rolled back, index included)
        jdbc.execute("drop index report_published_order");
        jdbc.execute("set local enable_seqscan = off");
        String plan = String.join("\n", jdbc.queryForList("explain (analyze, format text) select id from report r"
                + " where r.status = 'PUBLISHED' and r.search_text like '%q龘q靐q%'", String.class));
        assertThat(plan).contains("Bitmap Index Scan on report_search_text")
                .containsPattern("Bitmap Index Scan on report_search_text[^\\n]*actual time=[\\d.]+\\.\\.[\\d.]+ "
                        + "rows=1(\\.00)? loops=1");
        // agencies by name, reports by their agency's name and a year
        String name = jdbc.queryForObject("select name from agency where code = ?", String.class, target);
        assertThat(links(search(name + " " + year, "1"),
                ".search-results a.title")).contains("/reports/" + target + "/" + year);
    }

    @Test
    @Transactional
    void moreThanAThousandHitsAreCountedAsOneThousandPlus() throws Exception {
        generate(1100, 1);
        Document doc = search("政务公开", "1");
        assertThat(doc.select(".search-status").text()).contains("找到 1,000+ 份报告");
        assertThat(doc.select(".search-results > li")).hasSize(10);
        assertThat(doc.select(".search-results .snippet mark").eachText()).isNotEmpty().allMatch("政务公开"::equals);
        Document last = search("政务公开", "500");
        assertThat(last.select(".pagination [aria-current=page]").text()).isEqualTo("100");
        assertThat(last.select(".search-results > li")).hasSize(10);
    }

    @Test
    @Transactional
    void generatedReportsAreServedByEveryPublicUrlAndPassTheSumRules() throws Exception {
        generate(150, 2);
        int year = today.lastReportYear();
        for (String code : List.of(prefix + "-c0-0-t0", prefix + "-c0-0-d5", prefix + "-c0")) {
            for (int y : List.of(year - 1, year)) {
                ReportContent content = published.content(code, y).orElseThrow();
                List<Finding> sums = Validator.validate(content, null).stream()
                        .filter(f -> Set.of("R1", "R2", "R3", "R4").contains(f.rule())).toList();
                assertThat(sums).as(code + " " + y).isEmpty();
                String title = content.agencyName() + y + "年政府信息公开工作年度报告";
                assertThat(page("/reports/" + code + "/" + y).select("h1").text()).contains(title);
                String json = mvc.perform(get("/reports/" + code + "/" + y + ".json")).andExpect(status().isOk())
                        .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
                assertThat(ExchangeFormat.read(json).values()).usingRecursiveComparison()
                        .withComparatorForType(java.math.BigDecimal::compareTo, java.math.BigDecimal.class)
                        .isEqualTo(content.values());
                String csv = mvc.perform(get("/reports/" + code + "/" + y + ".csv")).andExpect(status().isOk())
                        .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
                assertThat(csv.split("\r\n")).hasSize(1 + content.edition().cells().size());
                assertThat(links(page("/agencies/" + code), "a")).contains("/reports/" + code + "/" + y);
                assertThat(links(search(content.agencyName() + " " + y, "1"), ".search-results a.title")).contains("/reports/" + code + "/" + y);
            }
        }
    }

    @Test
    @Transactional
    void theYearFileReachesTheClientChunkByChunk() {
        Generator.Generated generated = generate(600, 1);
        int year = today.lastReportYear();
        List<Integer> linesAtFlush = new ArrayList<>();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream() {
            @Override
            public void flush() {
                linesAtFlush.add(toString(StandardCharsets.UTF_8).split("\r\n").length);
            }
        };
        yearFiles.writeCsv(year, bytes);
        String[] lines = bytes.toString(StandardCharsets.UTF_8).split("\r\n");
        assertThat(lines.length).isGreaterThan(generated.agencies());
        // the first lines went out before the rest of the year was read: a flush after every chunk of reports
        assertThat(linesAtFlush).hasSizeGreaterThanOrEqualTo(lines.length / 200);
        assertThat(linesAtFlush.get(0)).isLessThanOrEqualTo(1 + 200);
        assertThat(linesAtFlush).isSorted();
    }

    @Test
    @Transactional
    void theYearWorkbookLeavesAsItsRowsAreRead() throws Exception {
        generate(600, 1);
        int year = today.lastReportYear();
        List<Integer> bytesAtFlush = new ArrayList<>();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream() {
            @Override
            public void flush() {
                bytesAtFlush.add(size());
            }
        };
        yearFiles.writeXlsx(year, bytes);
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        yearFiles.writeCsv(year, csv);
        List<org.apache.commons.csv.CSVRecord> lines = org.apache.commons.csv.CSVFormat.RFC4180.parse(
                new java.io.StringReader(csv.toString(StandardCharsets.UTF_8).substring(1))).getRecords();

        // the workbook's parts and its header went out first, then more after every chunk of reports
        assertThat(bytesAtFlush.get(0)).isPositive().isLessThan(bytes.size() / 10);
        assertThat(bytesAtFlush).hasSizeGreaterThanOrEqualTo(lines.size() / 200).isSorted();
        assertThat(bytesAtFlush.stream().distinct().count()).isGreaterThanOrEqualTo(lines.size() / 200);
        // and it is the same table as the CSV: Excel reads it back line for line, numbers as numbers
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
            var data = workbook.getSheet("数据");
            assertThat(workbook.getSheetName(1)).isEqualTo("字段说明");
            assertThat(data.getLastRowNum() + 1).isEqualTo(lines.size());
            assertThat(data.getRow(0).getCell(0).getCellStyle().getFont().getBold()).isTrue();
            assertThat(data.getPaneInformation().isFreezePane()).isTrue();
            var formatter = new org.apache.poi.ss.usermodel.DataFormatter();
            for (int r : List.of(0, 1, lines.size() / 2, lines.size() - 1)) {
                for (int c = 0; c < lines.get(r).size(); c++) {
                    var cell = data.getRow(r).getCell(c);
                    String expected = lines.get(r).get(c);
                    if (cell == null) {
                        assertThat(expected).as(r + "," + c).isEmpty();
                    } else if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
                        assertThat(new java.math.BigDecimal(expected)).as(r + "," + c)
                                .isEqualByComparingTo(java.math.BigDecimal.valueOf(cell.getNumericCellValue()));
                    } else {
                        assertThat(formatter.formatCellValue(cell)).as(r + "," + c).isEqualTo(expected);
                    }
                }
            }
        }
    }

    @Test
    void yearFilesBeyondTheConcurrentLimitAreAnswered503WithRetryAfter() throws Exception {
        int year = today.lastReportYear();
        int taken = 0;
        try {
            while (builds.available() > 0 && builds.enter()) {
                taken++;
            }
            for (String kind : List.of("csv", "xlsx")) {
                String body = mvc.perform(get("/open-data/" + year + "." + kind))
                        .andExpect(status().isServiceUnavailable())
                        .andExpect(header().string(HttpHeaders.RETRY_AFTER, "30"))
                        .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
                assertThat(body).contains("秒后重试");
            }
        } finally {
            for (int i = 0; i < taken; i++) {
                builds.leave();
            }
        }
        assertThat(taken).isPositive();
        mvc.perform(get("/open-data/" + year + ".csv")).andExpect(status().isOk());
    }
}
