package org.nianbao.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nianbao.publishing.RevisionPublished;
import org.nianbao.security.SecurityHeaders;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionSynchronizationUtils;
import org.springframework.util.unit.DataSize;

/**
 * The cache in front of the stored files, on its own: what it keeps, what it answers (and how), and when it lets a
 * request through to the application again. Over a real server: {@code StoredFilesOverHttpTest}.
 */
class StoredFileCacheTest {

    static final String LATEST = "/reports/songxian-luhun/2021.pdf";
    static final String REVISION = "/reports/songxian-luhun/2021/revisions/1.pdf";
    static final Instant PUBLISHED = Instant.parse("2022-01-20T02:00:00Z");
    static final String SHA = "a".repeat(64);

    final AtomicLong now = new AtomicLong(-5_000_000_000L); // System.nanoTime() may be negative
    StoredFileCache cache;

    @BeforeEach
    void cache() throws Exception {
        cache = new StoredFileCache(Duration.ofSeconds(10), DataSize.ofKilobytes(4), "", now::get, new SecurityHeaders());
    }

    @AfterEach
    void deleteFiles() throws Exception {
        cache.deleteOwnDirectory();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.clearSynchronization();
        }
    }

    static ResponseEntity<byte[]> answer(byte[] body, String sha) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).eTag("\"" + sha + "\"")
                .lastModified(PUBLISHED).cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic())
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"songxian-luhun-2021-r1.pdf\"")
                .body(body);
    }

    static byte[] pdf(String text) {
        return ("%PDF-1.7 " + text).getBytes(StandardCharsets.US_ASCII);
    }

    static MockHttpServletRequest request(String method, String url) {
        return new MockHttpServletRequest(method, url);
    }

    void keep(String url, boolean latest, byte[] body) {
        cache.keep(request("GET", url), cache.generation(), latest, answer(body, SHA));
    }

    /** The response, or null when the request went on to the application. */
    MockHttpServletResponse filter(MockHttpServletRequest request) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();
        cache.doFilter(request, response, chain);
        return chain.getRequest() == null ? response : null;
    }

    @Test
    void aKeptAnswerIsRepeatedWithItsBytesAndHeaders() throws Exception {
        assertThat(filter(request("GET", LATEST))).as("nothing kept yet").isNull();
        byte[] body = pdf("latest");
        keep(LATEST, true, body);

        MockHttpServletResponse response = filter(request("GET", LATEST));
        assertThat(response).isNotNull();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsByteArray()).isEqualTo(body);
        assertThat(response.getContentType()).isEqualTo("application/pdf");
        assertThat(response.getContentLength()).isEqualTo(body.length);
        assertThat(response.getHeader(HttpHeaders.ETAG)).isEqualTo("\"" + SHA + "\"");
        assertThat(response.getHeader(HttpHeaders.LAST_MODIFIED))
                .isEqualTo(DateTimeFormatter.RFC_1123_DATE_TIME.format(PUBLISHED.atOffset(ZoneOffset.UTC)));
        assertThat(response.getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo("max-age=3600, public");
        assertThat(response.getHeader(HttpHeaders.CONTENT_DISPOSITION))
                .isEqualTo("inline; filename=\"songxian-luhun-2021-r1.pdf\"");
        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");

        assertThat(filter(request("GET", REVISION))).as("another URL").isNull();
        assertThat(filter(request("POST", LATEST))).as("another method").isNull();
        assertThat(filter(request("GET", LATEST + "x"))).isNull();
    }

    @Test
    void conditionalAndHeadRequestsAreAnsweredAsRfc9110Says() throws Exception {
        keep(LATEST, true, pdf("latest"));
        String etag = "\"" + SHA + "\"";
        String published = DateTimeFormatter.RFC_1123_DATE_TIME.format(PUBLISHED.atOffset(ZoneOffset.UTC));

        for (String match : new String[] {etag, "\"other\", " + etag, "W/" + etag, "*"}) {
            MockHttpServletRequest conditional = request("GET", LATEST);
            conditional.addHeader(HttpHeaders.IF_NONE_MATCH, match);
            MockHttpServletResponse response = filter(conditional);
            assertThat(response.getStatus()).as(match).isEqualTo(304);
            assertThat(response.getContentAsByteArray()).as(match).isEmpty();
            assertThat(response.getHeader(HttpHeaders.ETAG)).isEqualTo(etag);
            assertThat(response.getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo("max-age=3600, public");
        }
        MockHttpServletRequest other = request("GET", LATEST);
        other.addHeader(HttpHeaders.IF_NONE_MATCH, "\"other\"");
        other.addHeader(HttpHeaders.IF_MODIFIED_SINCE, published); // If-None-Match decides
        assertThat(filter(other).getStatus()).isEqualTo(200);

        MockHttpServletRequest since = request("GET", LATEST);
        since.addHeader(HttpHeaders.IF_MODIFIED_SINCE, published);
        assertThat(filter(since).getStatus()).isEqualTo(304);
        MockHttpServletRequest before = request("GET", LATEST);
        before.addHeader(HttpHeaders.IF_MODIFIED_SINCE,
                DateTimeFormatter.RFC_1123_DATE_TIME.format(PUBLISHED.minusSeconds(1).atOffset(ZoneOffset.UTC)));
        assertThat(filter(before).getStatus()).isEqualTo(200);
        MockHttpServletRequest garbage = request("GET", LATEST);
        garbage.addHeader(HttpHeaders.IF_MODIFIED_SINCE, "yesterday");
        assertThat(filter(garbage).getStatus()).isEqualTo(200);

        MockHttpServletResponse head = filter(request("HEAD", LATEST));
        assertThat(head.getStatus()).isEqualTo(200);
        assertThat(head.getContentLength()).isEqualTo(pdf("latest").length);
        assertThat(head.getContentAsByteArray()).isEmpty();
    }

    @Test
    void theLatestRevisionsUrlIsLookedUpAgainAfterItsTimeToLiveANumberedRevisionsIsNot() throws Exception {
        keep(LATEST, true, pdf("latest"));
        keep(REVISION, false, pdf("first"));
        now.addAndGet(Duration.ofSeconds(10).toNanos());
        assertThat(filter(request("GET", LATEST))).as("at the time to live").isNotNull();
        now.addAndGet(1);
        assertThat(filter(request("GET", LATEST))).as("after it").isNull();
        now.addAndGet(Duration.ofDays(400).toNanos());
        assertThat(filter(request("GET", REVISION)).getContentAsByteArray()).isEqualTo(pdf("first"));
    }

    @Test
    void aPublicationForgetsEverythingAndWhatWasReadBeforeIt() throws Exception {
        keep(REVISION, false, pdf("first"));
        long before = cache.generation();
        cache.published(new RevisionPublished("songxian-luhun", 2021, 2));
        assertThat(filter(request("GET", REVISION))).as("forgotten").isNull();
        assertThat(cache.bytes()).isZero();

        cache.keep(request("GET", LATEST), before, true, answer(pdf("stale"), SHA));
        assertThat(filter(request("GET", LATEST))).as("read before the publication: refused").isNull();
        keep(LATEST, true, pdf("fresh"));
        assertThat(filter(request("GET", LATEST)).getContentAsByteArray()).isEqualTo(pdf("fresh"));
    }

    @Test
    void onlyWhatACommittedTransactionReadIsKept() throws Exception {
        TransactionSynchronizationManager.initSynchronization();
        keep(LATEST, true, pdf("rolled back"));
        assertThat(filter(request("GET", LATEST))).as("not before the commit").isNull();
        TransactionSynchronizationUtils.invokeAfterCompletion(TransactionSynchronizationManager.getSynchronizations(),
                org.springframework.transaction.support.TransactionSynchronization.STATUS_ROLLED_BACK);
        TransactionSynchronizationManager.clearSynchronization();
        assertThat(filter(request("GET", LATEST))).as("never after a rollback").isNull();

        TransactionSynchronizationManager.initSynchronization();
        keep(LATEST, true, pdf("committed"));
        TransactionSynchronizationUtils.invokeAfterCommit(TransactionSynchronizationManager.getSynchronizations());
        TransactionSynchronizationManager.clearSynchronization();
        assertThat(filter(request("GET", LATEST)).getContentAsByteArray()).isEqualTo(pdf("committed"));
    }

    @Test
    void onlyWholeAnswersToStoredUrlsAreKeptAndWithinTheMemoryBudget() throws Exception {
        cache.keep(request("GET", "/agencies/songxian-luhun"), cache.generation(), true, answer(pdf("x"), SHA));
        cache.keep(request("GET", "/open-data/2021.csv"), cache.generation(), true,
                answer(pdf("x"), SHA));
        cache.keep(request("GET", LATEST), cache.generation(), true,
                ResponseEntity.status(206).eTag("\"" + SHA + "\"").body(pdf("part")));
        assertThat(cache.bytes()).isZero();

        keep(LATEST, true, new byte[1025]); // over a quarter of the 4 KB budget
        assertThat(filter(request("GET", LATEST))).isNull();
        for (int i = 1; i <= 9; i++) {
            keep("/reports/songxian-luhun/2021/revisions/" + i + ".pdf", false, new byte[1000]);
            assertThat(cache.bytes()).isLessThanOrEqualTo(4096);
        }
        assertThat(filter(request("GET", "/reports/songxian-luhun/2021/revisions/9.pdf"))).isNotNull();
    }

    @Test
    void theServersSendfileSendsTheKeptFileAndWithoutItTheBytesAreWritten() throws Exception {
        byte[] body = pdf("sendfile");
        keep(REVISION, false, body);
        Path file = cache.directory().resolve(SHA);
        assertThat(file).hasBinaryContent(body);

        MockHttpServletRequest offered = request("GET", REVISION);
        offered.setAttribute("org.apache.tomcat.sendfile.support", Boolean.TRUE);
        MockHttpServletResponse response = filter(offered);
        assertThat(response.getContentAsByteArray()).as("Tomcat sends the file itself").isEmpty();
        assertThat(response.getContentLength()).isEqualTo(body.length);
        assertThat(offered.getAttribute("org.apache.tomcat.sendfile.filename")).isEqualTo(file.toString());
        assertThat(offered.getAttribute("org.apache.tomcat.sendfile.start")).isEqualTo(0L);
        assertThat(offered.getAttribute("org.apache.tomcat.sendfile.end")).isEqualTo((long) body.length);

        Files.delete(file); // e.g. a cleaner emptied the temporary directory
        MockHttpServletRequest again = request("GET", REVISION);
        again.setAttribute("org.apache.tomcat.sendfile.support", Boolean.TRUE);
        assertThat(filter(again).getContentAsByteArray()).isEqualTo(body);
        assertThat(again.getAttribute("org.apache.tomcat.sendfile.filename")).isNull();

        Path directory = cache.directory();
        cache.deleteOwnDirectory();
        assertThat(directory).doesNotExist();
    }
}
