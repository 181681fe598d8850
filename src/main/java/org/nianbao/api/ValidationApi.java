package org.nianbao.api;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import org.nianbao.exchange.ExchangeException;
import org.nianbao.exchange.ExchangeFormat;
import org.nianbao.report.PublishedReports;
import org.nianbao.statutory.ReportContent;
import org.nianbao.quality.CorpusChecks;
import org.nianbao.text.Text;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Validates a report sent in the exchange format, optionally with the previous year's report under
 * {@code "previous"} so that the cross-year rules can run; without it, the agency's previous-year report is taken
 * from the portal when the portal has published one. Reports are not stored. Input that is not a report
 * is answered with 400 and a problem detail whose {@code path} locates the problem.
 */
@RestController
class ValidationApi {

    /** Bodies above this many bytes are refused unread (a full report is about 10 KB). */
    static final int MAX_BODY_BYTES = 1024 * 1024;

    private static final String TITLE = Text.of("api.validate.title");

    private final PublishedReports published;
    private final CorpusChecks corpusChecks;

    ValidationApi(PublishedReports published, CorpusChecks corpusChecks) {
        this.published = published;
        this.corpusChecks = corpusChecks;
    }

    @PostMapping(path = "/api/v1/validate", consumes = MediaType.APPLICATION_JSON_VALUE)
    ValidationResult validate(HttpServletRequest request) throws IOException {
        JsonNode body = ExchangeFormat.parse(body(request));
        JsonNode previousNode = body instanceof ObjectNode object ? object.remove("previous") : null;
        ReportContent report = ExchangeFormat.read(body, "$");
        ReportContent previous = null;
        if (previousNode != null && !previousNode.isNull()) {
            previous = ExchangeFormat.read(previousNode, "$.previous");
            if (previous.year() != report.year() - 1) {
                throw new ExchangeException("$.previous.year",
                        Text.of("api.validate.previous-year", report.year() - 1, previous.year()));
            }
        } else {
            // the agency's previous-year report, when the portal has published it
            previous = published.content(report.agencyCode(), report.year() - 1).orElse(null);
        }
        return ValidationResult.of(corpusChecks.all(report, previous));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> refused(ExchangeException e) {
        return problem(HttpStatus.BAD_REQUEST, e.getMessage(), e.path());
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> tooLarge(BodyTooLarge e) {
        return problem(HttpStatus.CONTENT_TOO_LARGE, Text.of("api.validate.too-large"), "$");
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail, String path) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(TITLE);
        problem.setProperty("path", path);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** The body as text: at most {@link #MAX_BODY_BYTES} of UTF-8 (RFC 8259), a leading byte order mark dropped. */
    private static String body(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > MAX_BODY_BYTES) {
            throw new BodyTooLarge();
        }
        byte[] bytes = request.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
        if (bytes.length > MAX_BODY_BYTES) {
            throw new BodyTooLarge();
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ExchangeException("$", Text.of("api.validate.not-utf8"));
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static final class BodyTooLarge extends RuntimeException {

        BodyTooLarge() {
            super(null, null, false, false);
        }
    }
}
