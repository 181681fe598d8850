package org.nianbao.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.agency.Agency;
import org.nianbao.agency.AgencyRepository;
import org.nianbao.publishing.Mirror;
import org.nianbao.publishing.Publisher;
import org.nianbao.report.Report;
import org.nianbao.report.ReportRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The static mirror holds, at the path of each public URL, exactly the bytes the portal answers there; a correction
 * replaces the latest page and files and keeps the earlier revision's. (The mirror's directory is set on the bean for
 * this test instead of through {@code nianbao.mirror.dir}, so that the test shares the application context.)
 */
@AutoConfigureMockMvc
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MirrorTest {

    @LocalServerPort
    int port;

    @Autowired
    Mirror mirror;

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

    @TempDir
    Path root;

    OwnReports own;

    @BeforeEach
    void mirrorOn() {
        mirror.setDirectory(root);
        own = new OwnReports(agencies, reports, publisher, tx, clock);
    }

    @AfterEach
    void mirrorOff() {
        mirror.setDirectory(null);
    }

    /** Every public URL of the report's revisions and where the mirror keeps it. */
    Map<String, Path> urls(String code, int revisions) {
        String base = "/reports/" + code + "/" + own.year();
        Map<String, Path> urls = new LinkedHashMap<>();
        urls.put(base, root.resolve(base.substring(1)).resolve("index.html"));
        for (String kind : List.of("pdf", "docx", "json", "csv")) {
            urls.put(base + "." + kind, root.resolve(base.substring(1) + "." + kind));
        }
        for (int n = 1; n <= revisions; n++) {
            String own = base + "/revisions/" + n;
            urls.put(own, root.resolve(own.substring(1)).resolve("index.html"));
            for (String kind : List.of("pdf", "docx", "json", "csv")) {
                urls.put(own + "." + kind, root.resolve(own.substring(1) + "." + kind));
            }
            urls.put(own + "/SHA256SUMS", root.resolve(own.substring(1)).resolve("SHA256SUMS"));
        }
        return urls;
    }

    /** Asserts that the mirror holds what the portal answers at every URL, and returns the bodies. */
    Map<String, byte[]> sameAsServed(Map<String, Path> urls) throws Exception {
        Map<String, byte[]> bodies = new LinkedHashMap<>();
        for (Map.Entry<String, Path> url : urls.entrySet()) {
            HttpResponse<byte[]> response = OwnReports.get(port, url.getKey());
            assertThat(response.statusCode()).as(url.getKey()).isEqualTo(200);
            assertThat(url.getValue()).as(url.getKey()).exists();
            assertThat(Files.readAllBytes(url.getValue())).as(url.getKey()).isEqualTo(response.body());
            bodies.put(url.getKey(), response.body());
        }
        return bodies;
    }

    @Test
    void theMirrorHoldsWhatThePortalServesAndACorrectionKeepsTheEarlierRevision() throws Exception {
        Agency agency = own.agency(OwnReports.code(), "镜像镇人民政府");
        Report first = own.publish(agency);
        String code = agency.getCode();
        String base = "/reports/" + code + "/" + own.year();

        // written at publication, before anyone asked
        for (Path file : urls(code, 1).values()) {
            assertThat(file).exists();
        }
        Map<String, byte[]> before = sameAsServed(urls(code, 1));
        assertThat(root.resolve(Mirror.CARE + base).resolve("index.html"))
                .hasBinaryContent(OwnReports.get(port, base, "Cookie", "care=1").body());

        own.correct(first, "更正了自然人申请数。");
        Map<String, byte[]> after = sameAsServed(urls(code, 2));
        for (String url : List.of(base, base + ".pdf", base + ".docx", base + ".json", base + ".csv")) {
            assertThat(after.get(url)).as(url).isNotEqualTo(before.get(url));
        }
        for (String kind : List.of(".pdf", ".docx", ".json", ".csv", "/SHA256SUMS")) {
            String url = base + "/revisions/1" + kind;
            assertThat(after.get(url)).as(url).isEqualTo(before.get(url));
        }
        assertThat(new String(after.get(base + "/revisions/1"), StandardCharsets.UTF_8))
                .contains("已被更正");
        // nothing half-written is left behind
        try (var files = Files.walk(root)) {
            assertThat(files.map(Path::getFileName).map(Path::toString)).noneMatch(n -> n.startsWith(".partial-"));
        }
    }
}
