package org.nianbao.portal;

import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import org.nianbao.faults.Messages;
import org.nianbao.publishing.Publisher;
import org.nianbao.report.Report;
import org.nianbao.report.ReportRepository;
import org.nianbao.report.ReportStatus;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.WebRequest;

/**
 * A published revision's JSON and CSV, at the latest URLs ({@code /reports/{agency}/{year}.csv}) and at the
 * revision's own ({@code /revisions/{n}.json}, {@code .csv}), and its {@code SHA256SUMS}. Each download is named as
 * its checksum list names it; its SHA-256 is its ETag.
 */
@Controller
class RevisionDownloads {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    private static final MediaType TEXT = new MediaType("text", "plain", StandardCharsets.UTF_8);

    private final ReportRepository reports;
    private final RevisionFiles revisionFiles;
    private final PublicationVersion versions;
    private final Messages messages;

    RevisionDownloads(ReportRepository reports, RevisionFiles revisionFiles, PublicationVersion versions,
            Messages messages) {
        this.messages = messages;
        this.reports = reports;
        this.revisionFiles = revisionFiles;
        this.versions = versions;
    }

    @GetMapping("/reports/{agencyCode}/{year:\\d{1,4}}.csv")
    @Transactional(readOnly = true)
    ResponseEntity<byte[]> latestCsv(@PathVariable String agencyCode, @PathVariable int year, WebRequest request) {
        if (versions.notModified(request)) {
            return null;
        }
        Report report = reports.findLatestPublished(agencyCode, year).orElseThrow(() -> new NotFoundException(
                messages.message("portal.report.unknown", agencyCode, String.valueOf(year))));
        return download(RevisionFiles.csv(report), CSV, RevisionFiles.filename(report, "csv"), true,
                CacheControl.noCache());
    }

    @GetMapping("/reports/{agencyCode}/{year:\\d{1,4}}/revisions/{revision:\\d{1,6}}.{kind:json|csv}")
    @Transactional(readOnly = true)
    ResponseEntity<byte[]> revision(@PathVariable String agencyCode, @PathVariable int year,
            @PathVariable int revision, @PathVariable String kind, WebRequest request) {
        Report report = published(agencyCode, year, revision);
        Function<Report, byte[]> writer = kind.equals("json") ? RevisionFiles::json : RevisionFiles::csv;
        return immutable(writer.apply(report), kind.equals("json") ? MediaType.APPLICATION_JSON : CSV,
                RevisionFiles.filename(report, kind), kind.equals("csv"), request);
    }

    @GetMapping("/reports/{agencyCode}/{year:\\d{1,4}}/revisions/{revision:\\d{1,6}}/SHA256SUMS")
    @Transactional(readOnly = true)
    ResponseEntity<byte[]> sums(@PathVariable String agencyCode, @PathVariable int year, @PathVariable int revision,
            WebRequest request) {
        Report report = published(agencyCode, year, revision);
        return immutable(revisionFiles.sums(report).getBytes(StandardCharsets.UTF_8), TEXT, "SHA256SUMS", false,
                request);
    }

    private Report published(String agencyCode, int year, int revision) {
        return reports.findByAgencyCodeAndYearAndRevision(agencyCode, year, revision)
                .filter(r -> r.getStatus() == ReportStatus.PUBLISHED)
                .orElseThrow(() -> new NotFoundException(messages.message("portal.revision.unknown", agencyCode,
                        String.valueOf(year), String.valueOf(revision))));
    }

    /** A published revision's file never changes: its SHA-256 is its ETag. */
    private static ResponseEntity<byte[]> immutable(byte[] body, MediaType type, String filename, boolean attachment,
            WebRequest request) {
        String etag = "\"" + Publisher.sha256(body) + "\"";
        if (request.checkNotModified(etag)) {
            return null;
        }
        return ResponseEntity.ok().contentType(type).eTag(etag).cacheControl(CacheControl.noCache())
                .header(HttpHeaders.CONTENT_DISPOSITION, (attachment ? ContentDisposition.attachment()
                        : ContentDisposition.inline()).filename(filename).build().toString())
                .body(body);
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String filename, boolean attachment,
            CacheControl cache) {
        return ResponseEntity.ok().contentType(type).cacheControl(cache)
                .header(HttpHeaders.CONTENT_DISPOSITION, (attachment ? ContentDisposition.attachment()
                        : ContentDisposition.inline()).filename(filename).build().toString())
                .body(body);
    }
}
