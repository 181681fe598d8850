package org.nianbao.importing;

import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.nianbao.draft.Draft;
import org.nianbao.draft.Drafts;
import org.nianbao.publishing.ReportView;
import org.nianbao.report.WorkflowException;
import org.nianbao.security.Staff;
import org.nianbao.text.Text;
import org.nianbao.validation.Finding;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 「从 Excel 导入」 on a draft: upload the filled staff spreadsheet → preview of the draft with the spreadsheet's
 * tables, its findings (nothing saved; the file waits in the session) → confirm: the draft's tables are replaced.
 */
@Controller
class DraftImportPages {

    private static final String UPLOADS = DraftImportPages.class.getName() + ".uploads";

    private final Drafts drafts;
    private final DraftImport drafting;
    private final int amountPrecision;

    DraftImportPages(Drafts drafts, DraftImport drafting,
            @Value("${nianbao.amount-precision:4}") int amountPrecision) {
        this.drafts = drafts;
        this.drafting = drafting;
        this.amountPrecision = amountPrecision;
    }

    /** A spreadsheet waiting for confirmation, for one report; kept in the (stored) session. */
    record Upload(long reportId, String fileName, byte[] bytes) implements java.io.Serializable {
    }

    @GetMapping("/staff/reports/{id}/import")
    String form(@AuthenticationPrincipal Staff me, @PathVariable long id, Model model) {
        model.addAttribute("draft", drafts.read(me, id));
        return "staff/draft-import";
    }

    @PostMapping("/staff/reports/{id}/import")
    String upload(@AuthenticationPrincipal Staff me, @PathVariable long id,
            @RequestParam(required = false) MultipartFile file, HttpSession session, Model model,
            RedirectAttributes redirect) throws IOException {
        Draft draft = drafts.read(me, id);
        model.addAttribute("draft", draft);
        String name = file == null ? "" : file.getOriginalFilename();
        if (file == null || file.isEmpty()) {
            model.addAttribute("fileError", Text.of("import.draft.file-required"));
            return "staff/draft-import";
        }
        if (file.getSize() > Importing.MAX_FILE_BYTES) {
            model.addAttribute("fileError", Importing.tooLarge(name, file.getSize()));
            return "staff/draft-import";
        }
        if (ImportFormat.ofFileName(name).orElse(null) != ImportFormat.XLSX) {
            model.addAttribute("fileError", Text.of("import.draft.not-xlsx", name));
            return "staff/draft-import";
        }
        Upload upload = new Upload(id, name, file.getBytes());
        try {
            Importer.Checked checked = drafting.read(me, id, upload.bytes());
            String token = UUID.randomUUID().toString();
            Map<String, Upload> kept = uploads(session);
            kept.put(token, upload);
            session.setAttribute(UPLOADS, kept); // sessions are stored: set again so the change is saved
            model.addAttribute("token", token);
            model.addAttribute("upload", upload);
            model.addAttribute("report", new ReportView(checked.content(), 1, null, amountPrecision));
            model.addAttribute("findings", checked.findings().stream().map(Finding::message).toList());
            model.addAttribute("errorCount", checked.findings().stream().filter(Finding::isError).count());
            return "staff/draft-import";
        } catch (ImportException e) {
            model.addAttribute("fileError", Text.of("import.file.unreadable", name, e.getMessage()));
            return "staff/draft-import";
        } catch (WorkflowException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
            return "redirect:/staff/reports/" + id;
        }
    }

    @PostMapping("/staff/reports/{id}/import/confirm")
    String confirm(@AuthenticationPrincipal Staff me, @PathVariable long id, @RequestParam String token,
            HttpSession session, RedirectAttributes redirect) {
        Map<String, Upload> kept = uploads(session);
        Upload upload = kept.get(token);
        if (upload == null || upload.reportId() != id) {
            redirect.addFlashAttribute("problem", Text.of("import.draft.expired"));
            return "redirect:/staff/reports/" + id + "/import";
        }
        try {
            drafting.replaceTables(me, id, upload.bytes(), upload.fileName());
            redirect.addFlashAttribute("done", Text.of("import.draft.done", upload.fileName()));
        } catch (ImportException | WorkflowException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        kept.remove(token);
        session.setAttribute(UPLOADS, kept);
        return "redirect:/staff/reports/" + id;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Upload> uploads(HttpSession session) {
        Object uploads = session.getAttribute(UPLOADS);
        return uploads == null ? new HashMap<>() : (Map<String, Upload>) uploads;
    }
}
