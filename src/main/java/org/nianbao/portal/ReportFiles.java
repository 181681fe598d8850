package org.nianbao.portal;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.nianbao.publishing.Mirror;
import org.nianbao.publishing.Publisher;
import org.nianbao.publishing.ReportFile;
import org.nianbao.publishing.ReportFileRepository;
import org.nianbao.publishing.StoredFile;
import org.nianbao.report.Report;
import org.nianbao.report.ReportRepository;
import org.nianbao.report.ReportStatus;
import org.nianbao.text.Text;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.WebRequest;

/**
 * The PDF (and Word document) of a published revision, exactly as stored at publication: the latest revision,
 * or any revision by number. Its SHA-256 is the ETag, so a conditional request is answered 304 without reading the file.
 * What it answers is kept by {@link StoredFileCache}, which answers the next requests for the URL itself, and written
 * into the {@link Mirror} if it is not there yet. A published revision without files (inserted by SQL, restored from
 * a dump) gets them rendered and stored on first request.
 */
@Controller
class ReportFiles {

    private static final MediaType DOCX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final ReportFileRepository files;
    private final StoredFileCache cache;
    private final ReportRepository reports;
    private final Publisher publisher;
    private final Mirror mirror;

    ReportFiles(ReportFileRepository files, StoredFileCache cache, ReportRepository reports, Publisher publisher,
            Mirror mirror) {
        this.files = files;
        this.cache = cache;
        this.reports = reports;
        this.publisher = publisher;
        this.mirror = mirror;
    }

    @GetMapping("/reports/{agencyCode}/{year:\\d{1,4}}.{kind:pdf|docx}")
    @Transactional
    ResponseEntity<byte[]> latest(@PathVariable String agencyCode, @PathVariable int year, @PathVariable String kind,
            HttpServletRequest http, WebRequest request) {
        long generation = cache.generation();
        StoredFile file = files.findLatest(agencyCode, year, kind)
                .or(() -> reports.findLatestPublished(agencyCode, year).flatMap(this::storeMissing)
                        .flatMap(stored -> files.findLatest(agencyCode, year, kind)))
                .orElseThrow(() -> new NotFoundException(
                Text.of("portal.file.unknown", agencyCode, year, label(kind))));
        return serve(file, true, generation, http, request);
    }

    @GetMapping("/reports/{agencyCode}/{year:\\d{1,4}}/revisions/{revision:\\d{1,6}}.{kind:pdf|docx}")
    @Transactional
    ResponseEntity<byte[]> revision(@PathVariable String agencyCode, @PathVariable int year,
            @PathVariable int revision, @PathVariable String kind, HttpServletRequest http, WebRequest request) {
        long generation = cache.generation();
        StoredFile file = files.findRevision(agencyCode, year, revision, kind)
                .or(() -> reports.findByAgencyCodeAndYearAndRevision(agencyCode, year, revision)
                        .filter(r -> r.getStatus() == ReportStatus.PUBLISHED).flatMap(this::storeMissing)
                        .flatMap(stored -> files.findRevision(agencyCode, year, revision, kind)))
                .orElseThrow(() ->
                new NotFoundException(Text.of("portal.file.revision.unknown", agencyCode, year, revision,
                        label(kind))));
        return serve(file, false, generation, http, request);
    }

    /** A published revision without its files (it came from a dump or SQL) gets them now, as publication would. */
    private Optional<Report> storeMissing(Report published) {
        publisher.storeMissingFiles(published);
        return Optional.of(published);
    }

    private static String label(String kind) {
        return kind.equals("pdf") ? "PDF" : Text.of("portal.file.word");
    }

    /** Answers with the stored file (or 304) and hands what it answered to the cache in front. */
    private ResponseEntity<byte[]> serve(StoredFile file, boolean latest, long generation, HttpServletRequest http,
            WebRequest request) {
        String etag = "\"" + file.sha256() + "\"";
        long lastModified = file.publishedAt().toEpochMilli();
        CacheControl cacheControl = CacheControl.maxAge(Duration.ofHours(1)).cachePublic();
        if (request.checkNotModified(etag, lastModified)) {
            return ResponseEntity.status(304).eTag(etag).lastModified(lastModified).cacheControl(cacheControl).build();
        }
        byte[] content = files.findById(new ReportFile.Key(file.reportId(), file.kind()))
                .map(ReportFile::getContent).orElseThrow(() -> new NotFoundException(Text.of("portal.file.missing")));
        MediaType type = file.kind().equals("pdf") ? MediaType.APPLICATION_PDF : DOCX;
        ResponseEntity<byte[]> response = ResponseEntity.ok().contentType(type).eTag(etag).lastModified(lastModified)
                .cacheControl(cacheControl).header(HttpHeaders.CONTENT_DISPOSITION, disposition(file)).body(content);
        cache.keep(http, generation, latest, response);
        Path mirrored = mirror.fileOf(StoredFileCache.path(http), false);
        if (mirrored != null && !Files.exists(mirrored)) {
            mirror.write(StoredFileCache.path(http), content);
        }
        return response;
    }

    /** inline, with an ASCII name for old clients and the Chinese title as RFC 5987 {@code filename*}. */
    static String disposition(StoredFile file) {
        String ascii = RevisionFiles.filename(file);
        String chinese = org.nianbao.statutory.Edition.title(file.agencyName(), file.year())
                + (file.revision() > 1 ? Text.of("portal.file.revision-suffix", file.revision()) : "") + "."
                + file.kind();
        return "inline; filename=\"" + ascii + "\"; filename*=UTF-8''" + rfc5987(chinese);
    }

    private static String rfc5987(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return out.toString();
    }
}
