package org.nianbao.portal;

import org.nianbao.faults.Messages;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.WebRequest;

/**
 * A published revision's JSON and CSV, at the latest URLs ({@code /reports/{agency}/{year}.csv}) and at the
 * revision's own ({@code /revisions/{n}.json}, {@code .csv}), and its {@code SHA256SUMS}, answered as stored
 * ({@link StoredPages}). Each download is named as its checksum list names it; its SHA-256 is its ETag.
 */
@Controller
class RevisionDownloads {

    private final StoredPages stored;
    private final StoredResponses responses;
    private final StoredFileCache cache;
    private final Messages messages;

    RevisionDownloads(StoredPages stored, StoredResponses responses, StoredFileCache cache, Messages messages) {
        this.stored = stored;
        this.responses = responses;
        this.cache = cache;
        this.messages = messages;
    }

    @GetMapping("/reports/{agencyCode}/{year:\\d{1,4}}.csv")
    @Transactional
    ResponseEntity<byte[]> latestCsv(@PathVariable String agencyCode, @PathVariable int year,
            HttpServletRequest http, WebRequest request) {
        long generation = cache.generation();
        StoredPages.Stored csv = stored.find(agencyCode, year, 0, StoredPages.Variant.CSV).orElseThrow(() ->
                new NotFoundException(messages.message("portal.report.unknown", agencyCode, String.valueOf(year))));
        return responses.file(csv, "csv", true, generation, http, request);
    }

    @GetMapping("/reports/{agencyCode}/{year:\\d{1,4}}/revisions/{revision:\\d{1,6}}.{kind:json|csv}")
    @Transactional
    ResponseEntity<byte[]> revision(@PathVariable String agencyCode, @PathVariable int year,
            @PathVariable int revision, @PathVariable String kind, HttpServletRequest http, WebRequest request) {
        long generation = cache.generation();
        StoredPages.Variant variant = kind.equals("json") ? StoredPages.Variant.JSON : StoredPages.Variant.CSV;
        return responses.file(find(agencyCode, year, revision, variant), kind, false, generation, http, request);
    }

    @GetMapping("/reports/{agencyCode}/{year:\\d{1,4}}/revisions/{revision:\\d{1,6}}/SHA256SUMS")
    @Transactional
    ResponseEntity<byte[]> sums(@PathVariable String agencyCode, @PathVariable int year, @PathVariable int revision,
            HttpServletRequest http, WebRequest request) {
        long generation = cache.generation();
        return responses.file(find(agencyCode, year, revision, StoredPages.Variant.SUMS), "sums", false, generation,
                http, request);
    }

    private StoredPages.Stored find(String agencyCode, int year, int revision, StoredPages.Variant variant) {
        return (revision < 1 ? Optional.<StoredPages.Stored>empty()
                : stored.find(agencyCode, year, revision, variant))
                .orElseThrow(() -> new NotFoundException(messages.message("portal.revision.unknown", agencyCode,
                        String.valueOf(year), String.valueOf(revision))));
    }
}
