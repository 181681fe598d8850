package org.nianbao.api;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.nianbao.importing.ImportException;
import org.nianbao.importing.ImportFormat;
import org.nianbao.importing.Importer;
import org.nianbao.text.Text;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reads a published report sent as plain text, HTML, Word, PDF or a filled spreadsheet (by its Content-Type) and
 * answers it in the exchange format with the findings, the accommodations, the approximate matches and the
 * unrecognised parts. Nothing is saved. A body that is not a report is answered with 400, a body too large with 413,
 * an unsupported Content-Type with 415, each with a Chinese problem detail.
 */
@RestController
class ImportApi {

    /** Bodies above this many bytes are refused unread (published reports are well below 1 MB, PDFs a few MB). */
    static final int MAX_BODY_BYTES = org.nianbao.importing.Importing.MAX_FILE_BYTES;

    private static final String TITLE = Text.of("api.import.title");

    private final Importer importer;

    ImportApi(Importer importer) {
        this.importer = importer;
    }

    @PostMapping("/api/v1/import")
    ResponseEntity<?> read(HttpServletRequest request, @RequestParam(required = false) String agency)
            throws IOException {
        ImportFormat format = ImportFormat.ofMediaType(request.getContentType()).orElse(null);
        if (format == null) {
            String accepted = Arrays.stream(ImportFormat.values()).map(ImportFormat::mediaType)
                    .collect(Collectors.joining("、"));
            return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, Text.of("api.import.media-type",
                    request.getContentType() == null ? "" : request.getContentType(), accepted));
        }
        if (request.getContentLengthLong() > MAX_BODY_BYTES) {
            // read what is sent (up to four times the limit) so that the client, still sending, reads the 413 whole
            try {
                request.getInputStream().skipNBytes(Math.min(request.getContentLengthLong(), 4L * MAX_BODY_BYTES));
            } catch (java.io.EOFException shorterThanSaid) {
                // the client sent less than its Content-Length: nothing more to read
            }
            return tooLarge();
        }
        byte[] body = request.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
        if (body.length > MAX_BODY_BYTES) {
            return tooLarge();
        }
        if (body.length == 0) {
            return problem(HttpStatus.BAD_REQUEST, Text.of("api.import.empty"));
        }
        return ResponseEntity.ok(ImportResult.of(importer.read(body, format, blankToNull(agency))));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> refused(ImportException e) {
        return problem(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    private static ResponseEntity<ProblemDetail> tooLarge() {
        return problem(HttpStatus.CONTENT_TOO_LARGE, Text.of("api.import.too-large", MAX_BODY_BYTES / 1024 / 1024));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(TITLE);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
