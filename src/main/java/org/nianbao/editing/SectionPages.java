package org.nianbao.editing;

import java.util.Map;
import org.nianbao.report.WorkflowException;
import org.nianbao.security.Staff;
import org.nianbao.statutory.Section;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import jakarta.servlet.http.HttpServletResponse;

/** One page per section of a report: prose in a text area, tables as an input grid. GET shows, POST saves (PRG). */
@Controller
class SectionPages {

    private final Drafts drafts;
    private final ReportEditing editing;
    private final StaffMessages messages;

    SectionPages(Drafts drafts, ReportEditing editing, StaffMessages messages) {
        this.drafts = drafts;
        this.editing = editing;
        this.messages = messages;
    }

    @GetMapping("/staff/reports/{id}/sections/{code}")
    String show(@AuthenticationPrincipal Staff me, @PathVariable long id, @PathVariable String code, Model model) {
        Draft draft = drafts.read(me, id);
        Section section = section(draft, code);
        model.addAttribute("view", new SectionView(draft, section, SectionForm.of(draft, section), Map.of()));
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

    /** Saves, merging again once when another save committed between reading and writing the report. */
    private boolean saveOnce(Staff me, long id, Section section, SectionForm form, BindingResult errors) {
        try {
            return editing.save(me, id, section, form, errors);
        } catch (ObjectOptimisticLockingFailureException race) {
            return editing.save(me, id, section, form, form.newBindingResult());
        }
    }

    private static Section section(Draft draft, String code) {
        Section section = draft.section(code);
        if (section == null) {
            throw new NoSuchReportException("报告中没有代码为“" + code + "”的部分。");
        }
        return section;
    }
}
