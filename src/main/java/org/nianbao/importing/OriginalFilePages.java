package org.nianbao.importing;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.nianbao.report.ReportRepository;
import org.nianbao.report.ReportStatus;
import org.nianbao.text.Text;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The original file of an imported published revision, byte for byte, public like the revision itself. */
@Controller
class OriginalFilePages {

    private final ReportImportRepository imports;
    private final ReportRepository reports;

    OriginalFilePages(ReportImportRepository imports, ReportRepository reports) {
        this.imports = imports;
        this.reports = reports;
    }

    @GetMapping("/reports/{agencyCode}/{year:\\d{1,4}}/revisions/{revision:\\d{1,6}}/original")
    @Transactional(readOnly = true)
    ResponseEntity<byte[]> original(@PathVariable String agencyCode, @PathVariable int year,
            @PathVariable int revision) {
        Optional<ReportImport> original = reports.findRevisions(agencyCode, year).stream()
                .filter(r -> r.getRevision() == revision && r.getStatus() == ReportStatus.PUBLISHED).findFirst()
                .flatMap(r -> imports.findById(r.getId()));
        if (original.isEmpty()) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_PLAIN)
                    .body(Text.of("import.original.not-imported.file").getBytes(StandardCharsets.UTF_8));
        }
        ReportImport file = original.get();
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.getMediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.getFileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-SHA256", file.getSha256())
                .body(file.getContent());
    }
}
