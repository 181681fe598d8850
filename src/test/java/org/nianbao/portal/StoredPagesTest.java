package org.nianbao.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nianbao.agency.Agency;
import org.nianbao.agency.AgencyRepository;
import org.nianbao.publishing.Publisher;
import org.nianbao.report.BulkReports;
import org.nianbao.report.Report;
import org.nianbao.report.ReportRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The pages and data files of a published revision are produced once and answered as stored, through the real
 * server: their ETag is the SHA-256 of the bytes, a report inserted by plain SQL is served by every URL, the
 * 关怀版 is stored as a page of its own, and a new release re-renders pages but never the PDF or Word file.
 */
@AutoConfigureMockMvc
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StoredPagesTest {

    @LocalServerPort
    int port;

    @Autowired
    AgencyRepository agencies;

    @Autowired
    ReportRepository reports;

    @Autowired
    Publisher publisher;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    Clock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    StoredFileCache cache;

    OwnReports own;

    @BeforeEach
    void setUp() {
        own = new OwnReports(agencies, reports, publisher, tx, clock);
    }

    static List<String> urls(String code, int year) {
        String base = "/reports/" + code + "/" + year;
        return List.of(base, base + ".json", base + ".csv", base + ".pdf", base + ".docx", base + "/revisions/1",
                base + "/revisions/1.json", base + "/revisions/1.csv", base + "/revisions/1.pdf",
                base + "/revisions/1.docx", base + "/revisions/1/SHA256SUMS");
    }

    HttpResponse<byte[]> get(String path, String... headers) throws Exception {
        return OwnReports.get(port, path, headers);
    }

    @Test
    void everyUrlIsAnsweredWithTheStoredBytesAndAnEtagFromThem() throws Exception {
        Agency agency = own.agency(OwnReports.code(), "存储镇人民政府");
        Report published = own.publish(agency);
        for (String url : urls(agency.getCode(), own.year())) {
            HttpResponse<byte[]> first = get(url);
            assertThat(first.statusCode()).as(url).isEqualTo(200);
            String etag = first.headers().firstValue("ETag").orElseThrow();
            assertThat(etag).as(url).isEqualTo("\"" + Publisher.sha256(first.body()) + "\"");
            HttpResponse<byte[]> again = get(url);
            assertThat(again.body()).as(url).isEqualTo(first.body());
            assertThat(StoredFilesOverHttpTest.headers(again.headers())).as(url)
                    .isEqualTo(StoredFilesOverHttpTest.headers(first.headers()));
            HttpResponse<byte[]> conditional = get(url, "If-None-Match", etag);
            assertThat(conditional.statusCode()).as(url).isEqualTo(304);
            assertThat(conditional.body()).isEmpty();
        }
        // the pages and data files are the rows stored at publication, byte for byte
        String base = "/reports/" + agency.getCode() + "/" + own.year();
        Map<String, String> stored = new HashMap<>();
        jdbc.query("select variant, sha256 from stored_page where report_id = ?",
                rs -> { stored.put(rs.getString(1), rs.getString(2)); }, published.getId());
        assertThat(stored).containsOnlyKeys("latest", "latest-care", "revision", "revision-care", "json", "csv",
                "sums");
        assertThat(stored.get("latest")).isEqualTo(sha(get(base)));
        assertThat(stored.get("revision")).isEqualTo(sha(get(base + "/revisions/1")));
        assertThat(stored.get("json")).isEqualTo(sha(get(base + ".json"))).isEqualTo(sha(get(base
                + "/revisions/1.json")));
        assertThat(stored.get("csv")).isEqualTo(sha(get(base + ".csv")));
        assertThat(stored.get("sums")).isEqualTo(sha(get(base + "/revisions/1/SHA256SUMS")));
        // a public page carries no session and no CSRF token
        HttpResponse<byte[]> page = get(base);
        assertThat(page.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(new String(page.body(), StandardCharsets.UTF_8)).doesNotContain("_csrf")
                .contains("<body>").contains("back=%2Freports%2F" + agency.getCode() + "%2F" + own.year());
    }

    @Test
    void aReportInsertedByPlainSqlIsServedByEveryUrl() throws Exception {
        Agency agency = own.agency(OwnReports.code(), "导入镇人民政府");
        tx.executeWithoutResult(s -> new BulkReports(jdbc).insert(List.of(new BulkReports.Published(agency.getId(),
                own.content(agency), clock.instant().minus(10, ChronoUnit.DAYS)))));
        Map<String, byte[]> bodies = new HashMap<>();
        for (String url : urls(agency.getCode(), own.year())) {
            HttpResponse<byte[]> response = get(url);
            assertThat(response.statusCode()).as(url).isEqualTo(200);
            bodies.put(url, response.body());
        }
        String base = "/reports/" + agency.getCode() + "/" + own.year();
        assertThat(new String(bodies.get(base + ".pdf"), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(new String(bodies.get(base), StandardCharsets.UTF_8)).contains("导入镇人民政府")
                .contains(Publisher.sha256(bodies.get(base + ".pdf")));
        // its checksum list checks every file downloaded, as sha256sum -c would
        List<String> expected = new ArrayList<>();
        for (String kind : List.of("pdf", "docx", "json", "csv")) {
            expected.add(Publisher.sha256(bodies.get(base + "/revisions/1." + kind)) + "  " + agency.getCode() + "-"
                    + own.year() + "-r1." + kind);
        }
        assertThat(new String(bodies.get(base + "/revisions/1/SHA256SUMS"), StandardCharsets.UTF_8).lines())
                .containsExactlyElementsOf(expected);
    }

    @Test
    void theCareVariantIsAPageOfItsOwnStoredSeparately() throws Exception {
        Agency agency = own.agency(OwnReports.code(), "关怀镇人民政府");
        Report published = own.publish(agency);
        String base = "/reports/" + agency.getCode() + "/" + own.year();
        for (String url : List.of(base, base + "/revisions/1")) {
            HttpResponse<byte[]> plain = get(url);
            HttpResponse<byte[]> care = get(url, "Cookie", "care=1");
            assertThat(new String(care.body(), StandardCharsets.UTF_8)).as(url).contains("<body class=\"care\">")
                    .contains("退出关怀版");
            assertThat(new String(plain.body(), StandardCharsets.UTF_8)).as(url).contains("<body>")
                    .doesNotContain("退出关怀版");
            assertThat(care.headers().firstValue("ETag")).isNotEqualTo(plain.headers().firstValue("ETag"));
            assertThat(care.headers().allValues("Vary")).contains("Cookie");
            // answered again from the cache in front, each by its cookie
            assertThat(get(url, "Cookie", "care=1").body()).isEqualTo(care.body());
            assertThat(get(url, "Cookie", "care=0").body()).isEqualTo(plain.body());
            assertThat(get(url).body()).isEqualTo(plain.body());
            assertThat(get(url, "If-None-Match", plain.headers().firstValue("ETag").orElseThrow(), "Cookie",
                    "care=1").statusCode()).isEqualTo(200);
        }
        assertThat(jdbc.queryForObject("select count(distinct sha256) from stored_page where report_id = ?"
                + " and variant in ('latest', 'latest-care', 'revision', 'revision-care')", Integer.class,
                published.getId())).isEqualTo(4);
    }

    @Test
    void aNewReleaseRendersThePagesAgainButNeverTheFiles() throws Exception {
        Agency agency = own.agency(OwnReports.code(), "发版镇人民政府");
        Report published = own.publish(agency);
        String base = "/reports/" + agency.getCode() + "/" + own.year();
        byte[] page = get(base).body();
        byte[] pdf = get(base + ".pdf").body();
        List<Map<String, Object>> files = jdbc.queryForList(
                "select kind, sha256, created_at from report_file where report_id = ? order by kind",
                published.getId());

        // stored bytes of this release are answered as they are, not rendered again
        jdbc.update("update stored_page set content = ? where report_id = ? and variant = 'latest'",
                "<p>as stored</p>".getBytes(StandardCharsets.UTF_8), published.getId());
        cache.publishedElsewhere();
        assertThat(new String(get(base).body(), StandardCharsets.UTF_8)).isEqualTo("<p>as stored</p>");

        // stored by an earlier release: produced again with this release's templates
        jdbc.update("update stored_page set deployment = 'an-earlier-release' where report_id = ?",
                published.getId());
        cache.publishedElsewhere();
        assertThat(get(base).body()).isEqualTo(page);
        assertThat(jdbc.queryForObject("select deployment from stored_page where report_id = ? and variant = "
                + "'latest'", String.class, published.getId())).isNotEqualTo("an-earlier-release");
        assertThat(get(base + ".pdf").body()).isEqualTo(pdf);
        assertThat(jdbc.queryForList("select kind, sha256, created_at from report_file where report_id = ? order by"
                + " kind", published.getId())).isEqualTo(files);
        // the data files do not depend on the templates: they stay as first stored
        assertThat(get(base + ".json").statusCode()).isEqualTo(200);
        assertThat(jdbc.queryForObject("select deployment from stored_page where report_id = ? and variant = "
                + "'json'", String.class, published.getId())).isEqualTo("an-earlier-release");
    }

    @Test
    void aCorrectionRendersTheEarlierRevisionsPageAgainWithItsNotice() throws Exception {
        Agency agency = own.agency(OwnReports.code(), "更正页镇人民政府");
        Report first = own.publish(agency);
        String base = "/reports/" + agency.getCode() + "/" + own.year();
        String before = new String(get(base + "/revisions/1").body(), StandardCharsets.UTF_8);
        assertThat(before).doesNotContain("已被更正");
        own.correct(first, "更正了自然人申请数。");
        assertThat(new String(get(base + "/revisions/1").body(), StandardCharsets.UTF_8)).contains("已被更正");
        assertThat(new String(get(base).body(), StandardCharsets.UTF_8)).contains("更正了自然人申请数。");
        assertThat(get(base + ".json").headers().firstValue("ETag"))
                .isEqualTo(get(base + "/revisions/2.json").headers().firstValue("ETag"));
    }

    private static String sha(HttpResponse<byte[]> response) {
        return Publisher.sha256(response.body());
    }
}
