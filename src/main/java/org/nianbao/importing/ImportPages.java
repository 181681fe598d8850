package org.nianbao.importing;

import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.nianbao.agency.Agency;
import org.nianbao.faults.Messages;
import org.nianbao.publishing.ReportView;
import org.nianbao.report.Report;
import org.nianbao.security.Access;
import org.nianbao.security.Staff;
import org.nianbao.text.Text;
import org.nianbao.validation.Finding;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Staff import of one published report: upload → preview in the statutory layout with findings and notes (nothing
 * saved; the file waits in the session) → confirm as a published historical revision (ADR 0022). For 发布人 of the
 * agency. The original file of an imported revision is downloadable by whoever may read the agency's reports.
 */
@Controller
class ImportPages {

    private static final String UPLOADS = ImportPages.class.getName() + ".uploads";

    private final Importer importer;
    private final ImportPublishing publishing;
    private final Access access;
    private final int amountPrecision;
    private final Messages messages;

    ImportPages(Importer importer, ImportPublishing publishing, Access access,
            @Value("${nianbao.amount-precision:4}") int amountPrecision, Messages messages) {
        this.messages = messages;
        this.importer = importer;
        this.publishing = publishing;
        this.access = access;
        this.amountPrecision = amountPrecision;
    }

    /** A file waiting for confirmation. */
    /** An uploaded file kept in the session until confirmed; sessions live in PostgreSQL, so it is serialized. */
    record Upload(String agencyCode, String fileName, ImportFormat format, byte[] bytes)
            implements java.io.Serializable {
    }

    @GetMapping("/staff/import")
    String form(@AuthenticationPrincipal Staff me, Model model) {
        model.addAttribute("agencies", agencies(me));
        return "staff/import";
    }

    @PostMapping("/staff/import")
    String upload(@AuthenticationPrincipal Staff me, @RequestParam(defaultValue = "") String agency,
            @RequestParam(required = false) MultipartFile file, HttpSession session, Model model) throws IOException {
        model.addAttribute("agencies", agencies(me));
        model.addAttribute("agency", agency);
        Agency chosen = agencies(me).stream().filter(a -> a.getCode().equals(agency)).findFirst().orElse(null);
        if (chosen == null) {
            model.addAttribute("agencyError", messages.message("import.agency.required"));
            return "staff/import";
        }
        if (file == null || file.isEmpty()) {
            model.addAttribute("fileError", messages.message("import.file.required"));
            return "staff/import";
        }
        if (file.getSize() > Importing.MAX_FILE_BYTES) {
            model.addAttribute("fileError", messages.message("import.file.too-large.hint",
                    Importing.tooLarge(file.getOriginalFilename(), file.getSize())));
            return "staff/import";
        }
        ImportFormat format = ImportFormat.ofFileName(file.getOriginalFilename()).orElse(null);
        if (format == null || format == ImportFormat.XLSX) {
            model.addAttribute("fileError", messages.message("import.file.kind", file.getOriginalFilename()));
            return "staff/import";
        }
        Upload upload = new Upload(chosen.getCode(), file.getOriginalFilename(), format, file.getBytes());
        try {
            Importer.Checked checked = importer.read(upload.bytes(), format, chosen.getCode());
            String token = UUID.randomUUID().toString();
            Map<String, Upload> kept = uploads(session);
            kept.put(token, upload);
            session.setAttribute(UPLOADS, kept); // sessions are stored: set again so the change is saved
            preview(model, token, upload, checked, null, null);
            return "staff/import-preview";
        } catch (ImportException e) {
            model.addAttribute("fileError", messages.message("import.file.unreadable", file.getOriginalFilename(),
                    e.getMessage()));
            return "staff/import";
        }
    }

    @PostMapping("/staff/import/confirm")
    String confirm(@AuthenticationPrincipal Staff me, @RequestParam String token,
            @RequestParam(defaultValue = "") String publishedOn, HttpSession session, Model model) {
        Upload upload = uploads(session).get(token);
        if (upload == null) {
            return "redirect:/staff/import?expired";
        }
        Access.require(agencies(me).stream().anyMatch(a -> a.getCode().equals(upload.agencyCode())));
        LocalDate date = null;
        String dateError = null;
        if (!publishedOn.isBlank()) {
            try {
                date = LocalDate.parse(publishedOn.strip());
            } catch (DateTimeParseException e) {
                dateError = messages.message("import.date.invalid", publishedOn);
            }
        }
        if (dateError == null) {
            try {
                Report report = publishing.confirm(upload.agencyCode(), upload.bytes(), upload.format(),
                        upload.fileName(), date, me.getUsername());
                Map<String, Upload> kept = uploads(session);
                kept.remove(token);
                session.setAttribute(UPLOADS, kept);
                return "redirect:/reports/" + upload.agencyCode() + "/" + report.getYear();
            } catch (ImportException e) {
                dateError = e.getMessage();
            }
        }
        preview(model, token, upload, importer.read(upload.bytes(), upload.format(), upload.agencyCode()), publishedOn,
                dateError);
        return "staff/import-preview";
    }

    /** The staff spreadsheet of an edition (2019 or 2021), to fill in and send to {@code POST /api/v1/import}. */
    @GetMapping("/staff/import/template/{edition}.xlsx")
    ResponseEntity<byte[]> template(@PathVariable String edition) {
        org.nianbao.statutory.Edition chosen = org.nianbao.statutory.Edition.byId(edition).orElseThrow(NoImport::new);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(ImportFormat.XLSX.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(Text.of("import.template.file-name", chosen.id()),
                                java.nio.charset.StandardCharsets.UTF_8)
                        .build().toString())
                .body(XlsxTemplate.of(chosen));
    }

    @GetMapping("/staff/imports/{reportId}/original")
    ResponseEntity<byte[]> original(@AuthenticationPrincipal Staff me, @PathVariable long reportId) {
        ImportPublishing.Original original = publishing.original(reportId).orElseThrow(NoImport::new);
        Access.require(access.canRead(me, original.agency()));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(original.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(original.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .body(original.content());
    }

    private void preview(Model model, String token, Upload upload, Importer.Checked checked, String publishedOn,
            String dateError) {
        Imported imported = checked.imported();
        model.addAttribute("token", token);
        model.addAttribute("upload", upload);
        model.addAttribute("report", new ReportView(checked.content(), 1, null, amountPrecision));
        model.addAttribute("findings", checked.findings().stream().map(Finding::message).toList());
        model.addAttribute("errorCount", checked.findings().stream().filter(Finding::isError).count());
        model.addAttribute("readAs", imported.readAs());
        model.addAttribute("approximate", imported.approximate());
        model.addAttribute("unrecognised", imported.unrecognised());
        model.addAttribute("publishedOn", publishedOn != null ? publishedOn
                : imported.publishedOn() == null ? "" : imported.publishedOn().toString());
        model.addAttribute("dateError", dateError);
    }

    private List<Agency> agencies(Staff me) {
        return access.readableAgencies(me).stream().filter(a -> access.canPublish(me, a)).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Upload> uploads(HttpSession session) {
        Object uploads = session.getAttribute(UPLOADS);
        if (uploads == null) {
            uploads = new HashMap<String, Upload>();
        }
        return (Map<String, Upload>) uploads;
    }

    @org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.NOT_FOUND)
    static final class NoImport extends RuntimeException {

        NoImport() {
            this(Text.of("import.original.not-imported"));
        }

        NoImport(String message) {
            super(message, null, false, false);
        }
    }
}
