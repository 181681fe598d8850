package org.nianbao.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.apache.catalina.connector.Connector;
import org.junit.jupiter.api.Test;
import org.nianbao.PortalTest;
import org.nianbao.agency.Agency;
import org.nianbao.agency.AgencyKind;
import org.nianbao.agency.AgencyRepository;
import org.nianbao.exchange.ExchangeFormat;
import org.nianbao.publishing.Publisher;
import org.nianbao.publishing.ReportFile;
import org.nianbao.publishing.ReportFileRepository;
import org.nianbao.report.Report;
import org.nianbao.report.ReportRepository;
import org.nianbao.statutory.ReportContent;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The stored files through the real server (Tomcat, with sendfile): the cache in front answers the second download
 * with the same bytes and headers as the first, and a published correction is at the latest URL at once.
 */
@PortalTest
class StoredFilesOverHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    StoredFileCache cache;

    @Autowired
    WebServerApplicationContext server;

    @Autowired
    ReportRepository reports;

    @Autowired
    ReportFileRepository files;

    @Autowired
    AgencyRepository agencies;

    @Autowired
    Publisher publisher;

    @Autowired
    TransactionTemplate tx;

    final HttpClient http = HttpClient.newHttpClient();

    Duration latestTtl;

    @BeforeEach
    void keepTheLatestForLong() {
        latestTtl = cache.latestTtl(Duration.ofHours(1)); // only the publication can make the cache let go here
    }

    @AfterEach
    void restoreTheLatestTtl() {
        cache.latestTtl(latestTtl);
    }

    HttpResponse<byte[]> send(String method, String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Every header but Date (and Keep-Alive/Connection, which depend on the connection), by lower-case name. */
    static Map<String, List<String>> headers(HttpHeaders headers) {
        Map<String, List<String>> kept = new TreeMap<>(headers.map());
        kept.keySet().removeAll(List.of("date", "keep-alive", "connection"));
        return kept;
    }

    static String sha256(HttpResponse<byte[]> response) {
        assertThat(response.statusCode()).isEqualTo(200);
        return Publisher.sha256(response.body());
    }

    ReportFile stored(String agency, int year, int revision, String kind) {
        return tx.execute(s -> {
            Report report = reports.findLatestPublished(agency, year).orElseThrow();
            if (report.getRevision() != revision) {
                throw new IllegalStateException("revision " + report.getRevision() + ", not " + revision);
            }
            return files.findById(new ReportFile.Key(report.getId(), kind)).orElseThrow();
        });
    }

    @Test
    void theSecondDownloadIsTheFirstOneAgainFromTheCache() throws Exception {
        String url = "/reports/songxian-tianhu/2021/revisions/1.pdf";
        ReportFile stored = stored("songxian-tianhu", 2021, 1, "pdf");
        HttpResponse<byte[]> first = send("GET", url);
        HttpResponse<byte[]> second = send("GET", url);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(first.body()).isEqualTo(stored.getContent());
        assertThat(second.body()).isEqualTo(stored.getContent());
        assertThat(headers(second.headers())).isEqualTo(headers(first.headers()));
        assertThat(second.headers().firstValue("content-length")).hasValue(String.valueOf(stored.getContent().length));
        assertThat(cache.directory().resolve(stored.getSha256())).as("the copy that sendfile sends")
                .hasBinaryContent(stored.getContent());

        String etag = first.headers().firstValue("etag").orElseThrow();
        HttpResponse<byte[]> notModified = send("GET", url, "If-None-Match", etag);
        assertThat(notModified.statusCode()).isEqualTo(304);
        assertThat(notModified.body()).isEmpty();
        assertThat(notModified.headers().firstValue("etag")).hasValue(etag);
        HttpResponse<byte[]> head = send("HEAD", url);
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        assertThat(headers(head.headers())).isEqualTo(headers(first.headers()));
    }

    @Test
    void pagesJsonAndCsvFromTheCacheCarryTheApplicationsHeadersOverHttpAndHttps() throws Exception {
        String report = "/reports/songxian-luhun/2021";
        for (String url : List.of(report, report + ".json", report + ".csv", report + "/revisions/1.docx")) {
            for (String proto : List.of("http", "https")) {
                for (String cookie : List.of("care=0", "care=1")) {
                    cache.publishedElsewhere(); // the first answer comes from the application, the second is kept
                    String[] request = {"X-Forwarded-Proto", proto, "Cookie", cookie};
                    HttpResponse<byte[]> first = send("GET", url, request);
                    HttpResponse<byte[]> second = send("GET", url, request);
                    String what = url + " " + proto + " " + cookie;
                    assertThat(first.statusCode()).as(what).isEqualTo(200);
                    assertThat(second.statusCode()).as(what).isEqualTo(200);
                    assertThat(second.body()).as(what).isEqualTo(first.body());
                    assertThat(headers(second.headers())).as(what).isEqualTo(headers(first.headers()));
                    assertThat(second.headers().allValues("strict-transport-security")).as(what)
                            .hasSize(proto.equals("https") ? 1 : 0);
                    Instant date = Instant.from(DateTimeFormatter.RFC_1123_DATE_TIME
                            .parse(second.headers().firstValue("date").orElseThrow()));
                    assertThat(date).as(what).isBetween(Instant.now().minusSeconds(5), Instant.now().plusSeconds(1));
                    assertThat(second.headers().allValues("date")).as(what).hasSize(1);

                    HttpResponse<byte[]> head = send("HEAD", url, request);
                    assertThat(head.body()).as(what).isEmpty();
                    assertThat(headers(head.headers())).as(what).isEqualTo(headers(first.headers()));
                    String etag = first.headers().firstValue("etag").orElseThrow();
                    HttpResponse<byte[]> notModified = send("GET", url, "If-None-Match", etag, "Cookie", cookie);
                    assertThat(notModified.statusCode()).as(what).isEqualTo(304);
                    assertThat(notModified.headers().firstValue("etag")).as(what).hasValue(etag);
                    assertThat(notModified.headers().firstValue("content-security-policy")).as(what).isPresent();
                }
            }
        }
    }

    @Test
    void whatTheCacheKeepsGoesOutFromItsFileThroughSendfile() throws Exception {
        // an answer only the cache knows (no such report in the database), kept as ReportFiles keeps its answers;
        // larger than what goes out from memory in one write
        String url = "/reports/songxian-nowhere/2021/revisions/1.pdf";
        assertThat(send("GET", url).statusCode()).isEqualTo(404);
        byte[] kept = pdf('k', StoredFileCache.WRITE_BUFFER + 1);
        String sha = "b".repeat(64);
        cache.keep(new MockHttpServletRequest("GET", url), cache.generation(), false,
                StoredFileCacheTest.answer(kept, sha));
        assertThat(send("GET", url).body()).isEqualTo(kept);

        // the server sends the file, not the bytes in memory: change the file and the download changes
        Path file = cache.directory().resolve(sha);
        byte[] changed = pdf('f', kept.length);
        Files.write(file, changed);
        assertThat(send("GET", url).body()).isEqualTo(changed);
        Files.delete(file);
        assertThat(send("GET", url).body()).as("without the file, from memory").isEqualTo(kept);
    }

    @Test
    void aSmallAnswerGoesOutFromMemoryThroughAWriteBufferThatHoldsIt() throws Exception {
        Connector connector = ((TomcatWebServer) server.getWebServer()).getTomcat().getConnector();
        assertThat(String.valueOf(connector.getProperty("socket.appWriteBufSize")))
                .isEqualTo(String.valueOf(StoredFileCache.WRITE_BUFFER));
        assertThat(String.valueOf(connector.getProperty("socket.directBuffer"))).isEqualTo("true");
        assertThat(String.valueOf(connector.getProperty("maxConnections"))).as("what the buffers may take")
                .isEqualTo("2000");

        String url = "/reports/songxian-nowhere/2022/revisions/1.pdf";
        byte[] kept = pdf('s', 40 * 1024); // the size of a report's CSV
        String sha = "c".repeat(64);
        cache.keep(new MockHttpServletRequest("GET", url), cache.generation(), false,
                StoredFileCacheTest.answer(kept, sha));
        Files.write(cache.directory().resolve(sha), pdf('f', kept.length));
        HttpResponse<byte[]> answer = send("GET", url);
        assertThat(answer.body()).as("the bytes in memory, not the file").isEqualTo(kept);
        assertThat(answer.headers().firstValue("content-length")).hasValue(String.valueOf(kept.length));
    }

    /** A PDF-like body of {@code length} bytes: its header, then {@code fill}. */
    static byte[] pdf(char fill, int length) {
        byte[] body = new byte[length];
        Arrays.fill(body, (byte) fill);
        byte[] header = "%PDF-1.7\n".getBytes();
        System.arraycopy(header, 0, body, 0, header.length);
        return body;
    }

    @Test
    void aCorrectionIsAtTheLatestUrlAsSoonAsItIsPublished() throws Exception {
        // a department of its own under the demo county, so that no other test sees its reports
        String code = "i16t-files-" + Long.toString(System.nanoTime(), 36);
        Agency department = agencies.saveAndFlush(new Agency(code, "存储测试局", AgencyKind.DEPARTMENT,
                agencies.findByCode("songxian").orElseThrow()));
        ReportContent content;
        try (InputStream json = getClass().getResourceAsStream("/demo/songxian-luhun-2020.json")) {
            ReportContent luhun = ExchangeFormat.read(new String(json.readAllBytes(), "UTF-8"));
            content = new ReportContent(department.getCode(), department.getName(), 2020, luhun.edition(),
                    ReportContent.sections("本局全年主动公开政府信息。", "无。", "无。"), luhun.values());
        }
        Instant at = OffsetDateTime.parse("2021-01-20T10:00:00+08:00").toInstant();
        Report first = publisher.publish(Report.imported(department, content), at);
        String latest = "/reports/" + code + "/2020.pdf";
        String firstPdf = stored(code, 2020, 1, "pdf").getSha256();
        assertThat(sha256(send("GET", latest))).isEqualTo(firstPdf);
        assertThat(sha256(send("GET", latest))).as("kept").isEqualTo(firstPdf);

        Report correction = tx.execute(s -> {
            Report draft = reports.findById(first.getId()).orElseThrow().openCorrection("更正第一部分的文字");
            draft.submit(List.of(), Map.of(), at.plusSeconds(60));
            draft.approve();
            return reports.saveAndFlush(draft);
        });
        publisher.publish(correction, at.plusSeconds(3600));
        ReportFile secondPdf = stored(code, 2020, 2, "pdf");
        assertThat(secondPdf.getSha256()).isNotEqualTo(firstPdf);

        HttpResponse<byte[]> now = send("GET", latest);
        assertThat(sha256(now)).as("the correction, not the kept first revision").isEqualTo(secondPdf.getSha256());
        assertThat(now.headers().firstValue("etag")).hasValue("\"" + secondPdf.getSha256() + "\"");
        assertThat(sha256(send("GET", "/reports/" + code + "/2020/revisions/1.pdf")))
                .isEqualTo(firstPdf);
    }
}
