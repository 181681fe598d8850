package org.nianbao.portal;

import org.nianbao.faults.Messages;
import jakarta.servlet.http.HttpServletRequest;
import org.nianbao.agency.AgencyRepository;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.WebRequest;

/**
 * A published report: its page laid out like the statutory format (the latest revision, with its 更正说明 and links
 * to its files), and its exchange-format JSON, each answered as stored ({@link StoredPages}).
 */
@Controller
class ReportPages {

    private final StoredPages stored;
    private final StoredResponses responses;
    private final StoredFileCache cache;
    private final Messages messages;
    private final AgencyRepository agencies;

    ReportPages(StoredPages stored, StoredResponses responses, StoredFileCache cache, AgencyRepository agencies, Messages messages) {
        this.stored = stored;
        this.responses = responses;
        this.cache = cache;
        this.messages = messages;
        this.agencies = agencies;
    }

    @GetMapping("/reports/{agencyCode}/{year:\\d{1,4}}")
    @Transactional
    ResponseEntity<byte[]> page(@PathVariable String agencyCode, @PathVariable int year, HttpServletRequest http,
            WebRequest request) {
        long generation = cache.generation();
        boolean care = CareMode.isOn(request);
        StoredPages.Stored page = stored.find(agencyCode, year, 0, StoredPages.Variant.page(true, care))
                .orElseThrow(() -> notPublished(agencyCode, year));
        return responses.page(page, true, care, generation, http, request);
    }

    @GetMapping(path = "/reports/{agencyCode}/{year:\\d{1,4}}.json")
    @Transactional
    ResponseEntity<byte[]> json(@PathVariable String agencyCode, @PathVariable int year, HttpServletRequest http,
            WebRequest request) {
        long generation = cache.generation();
        StoredPages.Stored json = stored.find(agencyCode, year, 0, StoredPages.Variant.JSON)
                .orElseThrow(() -> notPublished(agencyCode, year));
        return responses.file(json, "json", true, generation, http, request);
    }

    private NotFoundException notPublished(String agencyCode, int year) {
        return new NotFoundException(agencies.findByCode(agencyCode)
                .map(a -> messages.message("portal.report.unpublished", a.getName(), String.valueOf(year)))
                .orElse(messages.message("portal.agency.unknown", agencyCode)));
    }
}
