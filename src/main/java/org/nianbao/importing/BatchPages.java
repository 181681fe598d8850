package org.nianbao.importing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.nianbao.security.Access;
import org.nianbao.security.Staff;
import org.nianbao.text.Text;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Many reports at once (ADR 0030): upload a .zip or several files → the list, filled in while the files are read in
 * the background (progress polled from {@code /status} by a static script, or by reloading) → correct agencies,
 * years, dates, what is included → confirm (saved all together) or cancel (nothing saved).
 */
@Controller
class BatchPages {

    /** The most a batch upload may hold, all files together. */
    static final long MAX_BATCH_BYTES = 200L * 1024 * 1024;

    private final ImportBatches batches;

    BatchPages(ImportBatches batches) {
        this.batches = batches;
    }

    @GetMapping("/staff/import/batch")
    String form(@AuthenticationPrincipal Staff me) {
        Access.require(!batches.candidates(me).isEmpty());
        return "staff/import-batch";
    }

    @PostMapping("/staff/import/batch")
    String upload(@AuthenticationPrincipal Staff me, @RequestParam(required = false) List<MultipartFile> files,
            Model model) throws IOException {
        Access.require(!batches.candidates(me).isEmpty());
        List<MultipartFile> given = files == null ? List.of()
                : files.stream().filter(f -> f != null && !f.isEmpty()).toList();
        if (given.isEmpty()) {
            model.addAttribute("fileError", Text.of("import.batch.files-required"));
            return "staff/import-batch";
        }
        long size = given.stream().mapToLong(MultipartFile::getSize).sum();
        if (size > MAX_BATCH_BYTES) {
            model.addAttribute("fileError", Text.of("import.batch.too-large", Importing.megabytes(size),
                    MAX_BATCH_BYTES / 1024 / 1024));
            return "staff/import-batch";
        }
        List<ImportBatches.Source> sources = new ArrayList<>();
        for (MultipartFile file : given) {
            String name = file.getOriginalFilename() == null ? Text.of("import.batch.unnamed")
                    : file.getOriginalFilename();
            byte[] bytes = file.getBytes();
            if (ZipIntake.isZip(name, bytes)) {
                try {
                    for (ZipIntake.Entry entry : ZipIntake.unpack(name, bytes)) {
                        sources.add(new ImportBatches.Source(entry.name(), entry.bytes(), entry.problem()));
                    }
                } catch (ImportException e) {
                    model.addAttribute("fileError", e.getMessage());
                    return "staff/import-batch";
                }
            } else if (bytes.length > Importing.MAX_FILE_BYTES) {
                sources.add(new ImportBatches.Source(name, new byte[0], Importing.tooLarge(name, bytes.length)));
            } else {
                sources.add(new ImportBatches.Source(name, bytes, null));
            }
        }
        if (sources.isEmpty()) {
            model.addAttribute("fileError", Text.of("import.batch.empty-zip"));
            return "staff/import-batch";
        }
        if (sources.size() > ZipIntake.MAX_ENTRIES) {
            model.addAttribute("fileError", Text.of("import.batch.too-many", sources.size(), ZipIntake.MAX_ENTRIES));
            return "staff/import-batch";
        }
        return "redirect:/staff/import/batches/" + batches.start(me, sources);
    }

    @GetMapping("/staff/import/batches/{id}")
    String list(@AuthenticationPrincipal Staff me, @PathVariable UUID id, Model model) {
        ImportBatches.Batch batch = batches.find(me, id)
                .orElseThrow(() -> new ImportPages.NoImport(Text.of("import.batch.not-found")));
        model.addAttribute("batch", batch);
        model.addAttribute("agencies", batches.candidates(me));
        return "staff/import-batch-list";
    }

    /** The progress, for the page's script: {@code {"state":"READING","done":3,"total":10}}. */
    @GetMapping("/staff/import/batches/{id}/status")
    @ResponseBody
    ResponseEntity<Map<String, Object>> status(@AuthenticationPrincipal Staff me, @PathVariable UUID id) {
        return batches.find(me, id)
                .map(b -> ResponseEntity.ok(Map.<String, Object>of("state", b.state(), "done", b.done(),
                        "total", b.total())))
                .orElse(ResponseEntity.notFound().build());
    }

    @PostMapping("/staff/import/batches/{id}/confirm")
    String confirm(@AuthenticationPrincipal Staff me, @PathVariable UUID id,
            @RequestParam Map<String, String> params, @RequestParam(required = false) List<Integer> include,
            Model model, RedirectAttributes redirect) {
        ImportBatches.Batch batch = batches.find(me, id)
                .orElseThrow(() -> new ImportPages.NoImport(Text.of("import.batch.not-found")));
        Map<Integer, ImportBatches.Choice> choices = new HashMap<>();
        for (ImportBatches.File file : batch.files()) {
            int n = file.position();
            choices.put(n, new ImportBatches.Choice(include != null && include.contains(n),
                    params.getOrDefault("agency-" + n, ""), params.getOrDefault("year-" + n, ""),
                    params.getOrDefault("publishedOn-" + n, "")));
        }
        Map<Integer, String> problems;
        try {
            problems = batches.confirm(me, id, choices);
        } catch (ImportException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
            return "redirect:/staff/import/batches/" + id;
        }
        if (problems.isEmpty()) {
            return "redirect:/staff/import/batches/" + id;
        }
        model.addAttribute("batch", batches.find(me, id).orElseThrow());
        model.addAttribute("agencies", batches.candidates(me));
        model.addAttribute("problems", problems);
        model.addAttribute("problem", problems.containsKey(0) ? problems.get(0)
                : Text.of("import.batch.correct-marked"));
        return "staff/import-batch-list";
    }

    @PostMapping("/staff/import/batches/{id}/cancel")
    String cancel(@AuthenticationPrincipal Staff me, @PathVariable UUID id, RedirectAttributes redirect) {
        boolean cancelled = batches.cancel(me, id);
        redirect.addFlashAttribute(cancelled ? "done" : "problem",
                cancelled ? Text.of("import.batch.cancelled") : Text.of("import.batch.not-cancellable"));
        return "redirect:/staff/import/batches/" + id;
    }
}
