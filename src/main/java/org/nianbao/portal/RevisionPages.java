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
 * Every published revision of a report stays readable at {@code /reports/{agencyCode}/{year}/revisions/{n}},
 * laid out like the latest one, with its 更正说明 and what it changed, links to its own files (never the latest's)
 * with their fingerprints, and links to the other revisions; answered as stored ({@link StoredPages}).
 */
@Controller
class RevisionPages {

    private final StoredPages stored;
    private final StoredResponses responses;
    private final StoredFileCache cache;
    private final Messages messages;

    RevisionPages(StoredPages stored, StoredResponses responses, StoredFileCache cache, Messages messages) {
        this.stored = stored;
        this.responses = responses;
        this.cache = cache;
        this.messages = messages;
    }

    @GetMapping("/reports/{agencyCode}/{year:\\d{1,4}}/revisions/{revision:\\d{1,6}}")
    @Transactional
    ResponseEntity<byte[]> revision(@PathVariable String agencyCode, @PathVariable int year,
            @PathVariable int revision, HttpServletRequest http, WebRequest request) {
        long generation = cache.generation();
        boolean care = CareMode.isOn(request);
        StoredPages.Stored page = (revision < 1 ? Optional.<StoredPages.Stored>empty()
                : stored.find(agencyCode, year, revision, StoredPages.Variant.page(false, care)))
                .orElseThrow(() -> new NotFoundException(messages.message("portal.revision.unknown", agencyCode,
                        String.valueOf(year), String.valueOf(revision))));
        return responses.page(page, false, care, generation, http, request);
    }
}
