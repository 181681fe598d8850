package org.nianbao.editing;

import java.util.Map;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import org.nianbao.draft.Draft;
import org.nianbao.draft.Drafts;
import org.nianbao.faults.Messages;
import org.nianbao.report.NoSuchReportException;
import org.nianbao.report.WorkflowException;
import org.nianbao.security.UnsavedPost;
import org.nianbao.timeliness.Deadlines;
import org.nianbao.security.Staff;
import org.nianbao.statutory.Section;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** One page per section of a report: prose in a text area, tables as an input grid. GET shows, POST saves (PRG). */
@Controller
class SectionPages {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(Deadlines.CHINA);

    private final Drafts drafts;
    private final ReportEditing editing;
    private final Messages messages;
    private final Clock clock;

    SectionPages(Drafts drafts, ReportEditing editing, Messages messages, Clock clock) {
        this.drafts = drafts;
        this.editing = editing;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/staff/reports/{id}/sections/{code}")
    String show(@AuthenticationPrincipal Staff me, @PathVariable long id, @PathVariable String code, Model model,
            HttpServletRequest request) {
        Draft draft = drafts.read(me, id);
        Section section = section(draft, code);
        SectionForm form = SectionForm.of(draft, section);
        UnsavedPost kept = UnsavedPost.take(request.getSession(false), draft.path() + "/sections/" + code);
        if (kept != null && draft.canEditNow()) {
            form = SectionForm.from(section, kept.params());
            model.addAttribute("restored", TIME.format(kept.at()));
        }
        model.addAttribute("view", new SectionView(draft, section, form, Map.of()));
        return "staff/section";
    }

    @PostMapping("/staff/reports/{id}/sections/{code}")
    String save(@AuthenticationPrincipal Staff me, @PathVariable long id, @PathVariable String code,
            @RequestParam Map<String, String> params, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        Draft draft = drafts.read(me, id);
        Section section = section(draft, code);
        SectionForm form = SectionForm.from(section, params);
        BindingResult errors = form.newBindingResult();
        try {
            if (!saveOnce(me, id, section, form, errors)) {
                response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
                model.addAttribute("view", new SectionView(draft, section, form, messages.byField(errors)));
                return "staff/section";
            }
        } catch (EditConflict conflict) {
            SectionView theirs = new SectionView(conflict.theirs(), section, SectionForm.of(conflict.theirs(),
                    section), Map.of());
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("view", theirs);
            model.addAttribute("conflict", new Conflict(theirs, form, conflict.savedBy(), conflict.cells()));
            return "staff/conflict";
        } catch (WorkflowException notEditable) {
            redirect.addFlashAttribute("problem", notEditable.getMessage());
            return "redirect:/staff/reports/" + id;
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/staff/reports/" + id + "/sections/" + code;
    }

    /**
     * The editor's script saves while the person types (at most every 10 s, and on leaving a field): the same merge as
     * {@link #save}, answered in JSON — {@code saved} with the time, {@code refused} (input not read, nothing
     * saved), {@code conflict} (someone else changed the same cell or prose: the person's 保存 then shows the conflict
     * page) or {@code locked} (no longer editable).
     */
    @PostMapping(path = "/staff/reports/{id}/sections/{code}", headers = "X-Autosave")
    @ResponseBody
    ResponseEntity<Map<String, String>> autosave(@AuthenticationPrincipal Staff me, @PathVariable long id,
            @PathVariable String code, @RequestParam Map<String, String> params) {
        Draft draft = drafts.read(me, id);
        Section section = section(draft, code);
        SectionForm form = SectionForm.from(section, params);
        try {
            if (!saveOnce(me, id, section, form, form.newBindingResult())) {
                return ResponseEntity.unprocessableEntity().body(Map.of("state", "refused"));
            }
        } catch (EditConflict conflict) {
            return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("state", "conflict"));
        } catch (WorkflowException notEditable) {
            return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("state", "locked"));
        }
        return ResponseEntity.ok(Map.of("state", "saved", "at", TIME.format(clock.instant())));
    }

    /** Saves, merging again once when another save committed between reading and writing the report. */
    private boolean saveOnce(Staff me, long id, Section section, SectionForm form, BindingResult errors) {
        try {
            return editing.save(me, id, section, form, errors);
        } catch (ObjectOptimisticLockingFailureException race) {
            return editing.save(me, id, section, form, form.newBindingResult());
        }
    }

    private Section section(Draft draft, String code) {
        Section section = draft.section(code);
        if (section == null) {
            throw new NoSuchReportException(messages.message("staff.section.unknown", code));
        }
        return section;
    }
}
