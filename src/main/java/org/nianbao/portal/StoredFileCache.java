package org.nianbao.portal;

import jakarta.annotation.PreDestroy;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.tomcat.util.http.FastHttpDateFormat;
import org.apache.tomcat.util.http.MimeHeaders;
import org.nianbao.publishing.RevisionPublished;
import org.nianbao.security.SecurityHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.header.Header;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.unit.DataSize;

/**
 * Answers downloads of stored files (the PDFs and Word documents of published revisions, and the pages, JSON, CSV and
 * checksum lists {@link StoredPages} keeps) before Spring Security and Spring MVC see the request; a page is kept
 * per 关怀版 variant and answered by the request's cookie. A published revision's files never change, so what
 * {@link ReportFiles} (or {@link StoredResponses}) answered for
 * such a URL is kept here, the bytes in memory and in a file named by their SHA-256, and the next requests for the
 * URL get the same bytes and headers (200, or 304 to a conditional request; the body goes out through Tomcat's
 * sendfile, as nginx sends a static file) until
 * <ul>
 * <li>a revision is published by this portal: everything is forgotten once its transaction commits;</li>
 * <li>for the URL of the <em>latest</em> revision ({@code /reports/{agency}/{year}.pdf}), {@code latest-ttl} has
 * passed, so a correction published by another instance of the portal on the same database is served from then on
 * (the response itself lets browsers and proxies keep it for an hour);</li>
 * <li>the bytes kept would exceed {@code cache-max-bytes}: everything is forgotten and the cache fills again.</li>
 * </ul>
 * Everything else (first downloads, unknown reports, other methods and URLs) goes on to the application.
 * Decision: docs/adr/0008-stored-files-answered-before-the-filter-chain.md.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class StoredFileCache extends HttpFilter {

    /**
     * The URLs of stored files and pages: the PDF and Word copy ({@link ReportFiles}), the page, JSON and CSV, at the
     * latest URL or a revision's own, and a revision's SHA256SUMS ({@link StoredPages}).
     */
    static final Pattern URL = Pattern.compile("/reports/[^/]+/\\d{1,4}(/revisions/\\d{1,6})?(\\.(pdf|docx|json|csv))?"
            + "|/reports/[^/]+/\\d{1,4}/revisions/\\d{1,6}/SHA256SUMS");

    /** Whether an answer is the same for everyone ({@code NONE}), or the normal or 关怀版 page of its URL. */
    enum Variant {
        NONE, PLAIN, CARE
    }

    private static final String CARE_KEY = "#care";

    // Tomcat's sendfile (org.apache.catalina.Globals): the connector sends the file itself once the filter returns
    private static final String SENDFILE = "org.apache.tomcat.sendfile.support";
    private static final String SENDFILE_NAME = "org.apache.tomcat.sendfile.filename";
    private static final String SENDFILE_START = "org.apache.tomcat.sendfile.start";
    private static final String SENDFILE_END = "org.apache.tomcat.sendfile.end";

    /**
     * The size of Tomcat's write buffer for each connection ({@code socket.appWriteBufSize}, set by
     * {@link StoredFileValve}): an answer whose headers and body fit goes out in one write from memory; a larger
     * one through sendfile. Tomcat writes a larger body in pieces of this size, one system call each.
     */
    static final int WRITE_BUFFER = 48 * 1024;

    private static final Logger log = LoggerFactory.getLogger(StoredFileCache.class);

    /**
     * What {@link ReportFiles} answered for a URL: the body, the headers that go with it, its copy on disk; and the
     * same headers as the bytes Tomcat writes ({@link Raw}).
     */
    record Entry(byte[] content, String etag, long lastModified, String lastModifiedHeader, String cacheControl,
            String contentType, String disposition, String vary, boolean page, boolean latest, long expiresAt,
            Path file, Raw raw) {

        Entry {
            if (raw == null) {
                raw = Raw.of(etag, lastModifiedHeader, cacheControl, vary, contentType, disposition);
            }
        }

        /** Only the latest revision's URL expires, at {@code expiresAt} on the monotonic clock. */
        boolean expired(long now) {
            return latest && now - expiresAt > 0;
        }

        Entry withFile(Path file) {
            return new Entry(content, etag, lastModified, lastModifiedHeader, cacheControl, contentType, disposition,
                    vary, page, latest, expiresAt, file, raw);
        }
    }

    /**
     * An answer's headers as name and value bytes, in pairs: those of every answer (with the security headers) and
     * those that go with a body; and about how long they are once Tomcat has added the status line, Date,
     * Content-Length and HSTS. Handed to Tomcat as bytes, they are written as they are; a header given as a
     * {@code String} is encoded afresh for every response, which costs a small file's answer more than its sending.
     */
    record Raw(byte[][] always, byte[][] body, int length) {

        static Raw of(String etag, String lastModified, String cacheControl, String vary, String contentType,
                String disposition) {
            List<byte[]> always = new ArrayList<>();
            add(always, HttpHeaders.ETAG, etag);
            add(always, HttpHeaders.LAST_MODIFIED, lastModified);
            add(always, HttpHeaders.CACHE_CONTROL, cacheControl);
            add(always, HttpHeaders.VARY, vary);
            for (Header header : SecurityHeaders.ALWAYS) {
                for (String value : header.getValues()) {
                    add(always, header.getName(), value);
                }
            }
            List<byte[]> body = new ArrayList<>();
            add(body, HttpHeaders.CONTENT_TYPE, contentType);
            add(body, HttpHeaders.CONTENT_DISPOSITION, disposition);
            int length = 256;
            for (byte[] part : Stream.concat(always.stream(), body.stream()).toList()) {
                length += part.length + 2; // ": " after a name, CRLF after a value
            }
            return new Raw(always.toArray(byte[][]::new), body.toArray(byte[][]::new), length);
        }

        private static void add(List<byte[]> pairs, String name, String value) {
            if (value != null) {
                pairs.add(latin1(name));
                pairs.add(latin1(value));
            }
        }
    }

    private static final byte[][] HSTS = SecurityHeaders.HSTS.getValues().stream()
            .flatMap(value -> Stream.of(latin1(SecurityHeaders.HSTS.getName()), latin1(value)))
            .toArray(byte[][]::new);
    private static final byte[] DATE = latin1(HttpHeaders.DATE);

    /** The Date header's value, the bytes of Tomcat's own (kept for the second it stays the same). */
    private record Now(String text, byte[] bytes) {
    }

    private static volatile Now now = new Now("", new byte[0]);

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private volatile Duration latestTtl;
    private final long maxBytes;
    private final Path directory;
    private final boolean ownDirectory;
    private final LongSupplier nanoTime;
    private final SecurityHeaders securityHeaders;
    private long bytes;

    @Autowired
    StoredFileCache(@Value("${nianbao.files.latest-ttl:10s}") Duration latestTtl,
            @Value("${nianbao.files.cache-max-bytes:64MB}") DataSize maxBytes,
            @Value("${nianbao.files.cache-dir:}") String directory, SecurityHeaders securityHeaders)
            throws IOException {
        this(latestTtl, maxBytes, directory, System::nanoTime, securityHeaders);
    }

    /** With {@code nanoTime} as the monotonic clock the time-to-live is measured on. */
    StoredFileCache(Duration latestTtl, DataSize maxBytes, String directory, LongSupplier nanoTime,
            SecurityHeaders securityHeaders) throws IOException {
        this.latestTtl = latestTtl;
        this.maxBytes = maxBytes.toBytes();
        this.ownDirectory = directory.isBlank();
        // the real path: Tomcat sends the file by this name without resolving it again
        this.directory = (ownDirectory ? Files.createTempDirectory("nianbao-files-")
                : Files.createDirectories(Path.of(directory))).toRealPath();
        this.nanoTime = nanoTime;
        this.securityHeaders = securityHeaders;
    }

    /**
     * Changes {@code latest-ttl} for what is kept from now on and answers the previous one: a seam for the tests,
     * which all share one application (docs/adr/0029-one-test-context.md).
     */
    Duration latestTtl(Duration latestTtl) {
        Duration previous = this.latestTtl;
        this.latestTtl = latestTtl;
        return previous;
    }

    /** Read before looking a file up in the database; {@link #keep} refuses the result if a publication came between. */
    long generation() {
        return generation.get();
    }

    /**
     * Keeps what {@code request} was answered with (a 200 from {@link ReportFiles}) for its URL, once the transaction
     * it was read in has committed, unless a publication committed since {@code generation} was read. The URL of
     * the {@code latest} revision is kept for {@code latest-ttl}, a numbered revision's until a publication.
     */
    void keep(HttpServletRequest request, long generation, boolean latest, ResponseEntity<byte[]> response) {
        keep(request, generation, latest, Variant.NONE, response);
    }

    /** As {@link #keep(HttpServletRequest, long, boolean, ResponseEntity)}, for one variant of a page. */
    void keep(HttpServletRequest request, long generation, boolean latest, Variant variant,
            ResponseEntity<byte[]> response) {
        String url = path(request);
        byte[] content = response.getBody();
        HttpHeaders headers = response.getHeaders();
        if (!URL.matcher(url).matches() || response.getStatusCode().value() != 200 || content == null
                || content.length > maxBytes / 4 || headers.getETag() == null) {
            return;
        }
        Entry entry = new Entry(content, headers.getETag(), headers.getLastModified(),
                headers.getFirst(HttpHeaders.LAST_MODIFIED), headers.getCacheControl(),
                String.valueOf(headers.getContentType()), headers.getFirst(HttpHeaders.CONTENT_DISPOSITION),
                headers.getFirst(HttpHeaders.VARY), variant != Variant.NONE, latest,
                nanoTime.getAsLong() + latestTtl.toNanos(), null, null);
        String key = variant == Variant.CARE ? url + CARE_KEY : url;
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    put(key, generation, entry);
                }
            });
        } else {
            put(key, generation, entry);
        }
    }

    private synchronized void put(String url, long generation, Entry entry) {
        if (this.generation.get() != generation) {
            return;
        }
        int size = entry.content().length;
        if (bytes + size > maxBytes) {
            forget();
        }
        Entry previous = entries.put(url, entry.withFile(write(entry)));
        bytes += size - (previous == null ? 0 : previous.content().length);
    }

    /** Writes the bytes into the directory, named by their SHA-256 (the ETag), once; null if that fails. */
    private Path write(Entry entry) {
        Path file = directory.resolve(entry.etag().replace("\"", "").replace("W/", ""));
        try {
            if (!Files.isReadable(file) || Files.size(file) != entry.content().length) {
                Path partial = Files.createTempFile(directory, "partial-", ".tmp");
                Files.write(partial, entry.content());
                Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            return file;
        } catch (IOException | UncheckedIOException e) {
            log.warn("cannot write {} (answered from memory instead): {}", file, e.toString());
            return null;
        }
    }

    @TransactionalEventListener(fallbackExecution = true)
    void published(RevisionPublished event) {
        forget();
    }

    /** Another instance published a revision ({@link FileCacheGeneration}). */
    void publishedElsewhere() {
        forget();
    }

    private synchronized void forget() {
        generation.incrementAndGet();
        entries.clear();
        bytes = 0;
    }

    /** The bytes kept in memory (for the tests). */
    synchronized long bytes() {
        return bytes;
    }

    /** The directory of the files sent with sendfile. */
    Path directory() {
        return directory;
    }

    /** Deletes the temporary directory at shutdown (a configured {@code cache-dir} stays). */
    @PreDestroy
    void deleteOwnDirectory() {
        if (!ownDirectory || !Files.isDirectory(directory)) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException | UncheckedIOException e) {
            log.warn("cannot delete {}: {}", directory, e.toString());
        }
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!answer(request, response)) {
            chain.doFilter(request, response);
        }
    }

    /**
     * Answers the request with what is kept for its URL, if anything (and says whether it did). Called by this
     * filter and, before Tomcat builds the filter chain at all, by {@link StoredFileValve}.
     */
    boolean answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String method = request.getMethod();
        boolean head = method.equals("HEAD");
        Entry entry = head || method.equals("GET") ? lookUp(request) : null;
        if (entry == null || entry.expired(nanoTime.getAsLong())) {
            return false;
        }
        if (request instanceof Request tomcatRequest && response instanceof Response tomcatResponse
                && entry.cacheControl() != null) {
            answerThroughTomcat(tomcatRequest, tomcatResponse, entry, head);
            return true;
        }
        // addHeader: the response has none of these yet, and setHeader would look for each among the others
        response.addHeader(HttpHeaders.ETAG, entry.etag());
        response.addHeader(HttpHeaders.LAST_MODIFIED, entry.lastModifiedHeader());
        response.addHeader(HttpHeaders.CACHE_CONTROL, entry.cacheControl());
        if (entry.vary() != null) {
            response.addHeader(HttpHeaders.VARY, entry.vary());
        }
        securityHeaders.writeHeaders(request, response); // what Spring Security adds to every response it sees
        if (notModified(request, entry)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return true;
        }
        response.setContentType(entry.contentType());
        if (entry.disposition() != null) {
            response.addHeader(HttpHeaders.CONTENT_DISPOSITION, entry.disposition());
        }
        response.setContentLength(entry.content().length);
        if (head) {
            return true;
        }
        if (entry.file() != null && Boolean.TRUE.equals(request.getAttribute(SENDFILE))
                && Files.isReadable(entry.file())) {
            request.setAttribute(SENDFILE_NAME, entry.file().toString());
            request.setAttribute(SENDFILE_START, 0L);
            request.setAttribute(SENDFILE_END, (long) entry.content().length);
        } else {
            response.getOutputStream().write(entry.content());
        }
        return true;
    }

    /**
     * The same answer, given to Tomcat's own request and response (from {@link StoredFileValve}): the headers as
     * bytes, the Date too (Tomcat adds its own only where there is none), and the file to send set straight on the
     * connector's request (Catalina's {@code setAttribute} would resolve the path on disk and tell the
     * application's listeners, for a file in a directory of our own).
     */
    private void answerThroughTomcat(Request request, Response response, Entry entry, boolean head)
            throws IOException {
        MimeHeaders headers = response.getCoyoteResponse().getMimeHeaders();
        add(headers, entry.raw().always());
        if (request.isSecure()) {
            add(headers, HSTS);
        }
        byte[] date = date();
        headers.addValue(DATE, 0, DATE.length).setBytes(date, 0, date.length);
        if (notModified(request, entry)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        add(headers, entry.raw().body());
        response.setContentLength(entry.content().length);
        if (head) {
            return;
        }
        if (entry.raw().length() + entry.content().length > WRITE_BUFFER && entry.file() != null
                && Boolean.TRUE.equals(request.getAttribute(SENDFILE)) && Files.isReadable(entry.file())) {
            org.apache.coyote.Request connector = request.getCoyoteRequest();
            connector.setAttribute(SENDFILE_NAME, entry.file().toString());
            connector.setAttribute(SENDFILE_START, 0L);
            connector.setAttribute(SENDFILE_END, (long) entry.content().length);
        } else {
            response.getOutputStream().write(entry.content());
        }
    }

    private static void add(MimeHeaders headers, byte[][] pairs) {
        for (int i = 0; i < pairs.length; i += 2) {
            headers.addValue(pairs[i], 0, pairs[i].length).setBytes(pairs[i + 1], 0, pairs[i + 1].length);
        }
    }

    /** Tomcat's current Date value as bytes, encoded once a second. */
    private static byte[] date() {
        String text = FastHttpDateFormat.getCurrentDate();
        Now kept = now;
        if (!kept.text().equals(text)) {
            kept = new Now(text, latin1(text));
            now = kept;
        }
        return kept.bytes();
    }

    private static byte[] latin1(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** What was kept for the request's URL: a page in the variant its 关怀版 cookie asks for. */
    private Entry lookUp(HttpServletRequest request) {
        String url = path(request);
        Entry entry = entries.get(url);
        if ((entry == null || entry.page()) && request.getHeader(HttpHeaders.COOKIE) != null
                && CareMode.isOn(request)) {
            return entries.get(url + CARE_KEY);
        }
        return entry;
    }

    /** The request's path inside the application. */
    static String path(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String context = request.getContextPath();
        return context.isEmpty() ? uri : uri.substring(context.length());
    }

    /** RFC 9110 §13.1.3–4: If-None-Match decides when present; otherwise If-Modified-Since, to the second. */
    private static boolean notModified(HttpServletRequest request, Entry entry) {
        String match = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (match != null) {
            for (String tag : match.split(",")) {
                String t = tag.strip();
                if (t.equals("*") || t.equals(entry.etag()) || t.equals("W/" + entry.etag())) {
                    return true;
                }
            }
            return false;
        }
        long since;
        try {
            since = request.getDateHeader(HttpHeaders.IF_MODIFIED_SINCE);
        } catch (IllegalArgumentException unparseable) {
            return false;
        }
        return since >= 0 && entry.lastModified() / 1000 <= since / 1000;
    }
}
