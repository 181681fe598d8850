package org.nianbao.workflow;

import java.util.Map;
import org.nianbao.draft.Drafts;
import org.nianbao.faults.Messages;
import org.nianbao.report.WorkflowException;
import org.nianbao.security.Staff;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A report's staff page: its status, sections, findings and explanations, and the workflow steps the signed-in
 * staff member may take (return with a reason, approve, publish, open a correction). Every step is a POST that
 * redirects back here.
 */
@Controller
class ReportPage {

    /** The longest 退回原因 and 更正说明, in characters (as the text areas' maxlength). */
    static final int MAX_TEXT = 2000;

    private final Drafts drafts;
    private final ReportWorkflow workflow;
    private final Messages messages;

    ReportPage(Drafts drafts, ReportWorkflow workflow, Messages messages) {
        this.drafts = drafts;
        this.workflow = workflow;
        this.messages = messages;
    }

    @GetMapping("/staff/reports/{id}")
    String show(@AuthenticationPrincipal Staff me, @PathVariable long id, Model model) {
        return page(me, id, model, ReturnForm.blank(), new CorrectionForm(""), Map.of());
    }

    @PostMapping("/staff/reports/{id}/return")
    String returnForChanges(@AuthenticationPrincipal Staff me, @PathVariable long id,
            @ModelAttribute ReturnForm form, BindingResult errors, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        Map<String, String> problems = new java.util.LinkedHashMap<>();
        if (form.reason() == null || form.reason().isBlank()) {
            problems.put("reason", messages.message("reason.required"));
        } else if (form.reason().length() > MAX_TEXT) {
            problems.put("reason", messages.message("reason.too-long", lengths(form.reason())));
        }
        Map<String, String> targets = drafts.read(me, id).commentTargets();
        Map<String, String> comments = new java.util.LinkedHashMap<>();
        for (int row : form.rows()) {
            if (form.text(row).isEmpty()) {
                continue;
            }
            if (!targets.containsKey(form.target(row))) {
                problems.put("comment-" + row, messages.message("comment.target"));
            } else if (form.text(row).length() > 2000) {
                problems.put("comment-" + row, messages.message("comment.too-long"));
            } else {
                comments.merge(form.target(row), form.text(row), (a, b) -> a + "；" + b);
            }
        }
        if (!problems.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return page(me, id, model, form, new CorrectionForm(""), problems);
        }
        return step(id, redirect, () -> workflow.returnForChanges(me, id, form.reason(), comments), "done.returned");
    }

    @PostMapping("/staff/reports/{id}/withdraw")
    String withdraw(@AuthenticationPrincipal Staff me, @PathVariable long id, RedirectAttributes redirect) {
        return step(id, redirect, () -> workflow.withdraw(me, id), "done.withdrawn");
    }

    @PostMapping("/staff/reports/{id}/approve")
    String approve(@AuthenticationPrincipal Staff me, @PathVariable long id, RedirectAttributes redirect) {
        return step(id, redirect, () -> workflow.approve(me, id), "done.approved");
    }

    @PostMapping("/staff/reports/{id}/publish")
    String publish(@AuthenticationPrincipal Staff me, @PathVariable long id, RedirectAttributes redirect) {
        return step(id, redirect, () -> workflow.publish(me, id), "done.published");
    }

    @PostMapping("/staff/reports/{id}/correction")
    String correct(@AuthenticationPrincipal Staff me, @PathVariable long id, @ModelAttribute CorrectionForm form,
            BindingResult errors, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        if (form.note() == null || form.note().isBlank()) {
            errors.rejectValue("note", "note.required");
        } else if (form.note().length() > MAX_TEXT) {
            errors.rejectValue("note", "note.too-long", lengths(form.note()), null);
        }
        if (errors.hasErrors()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return page(me, id, model, ReturnForm.blank(), form, messages.byField(errors));
        }
        try {
            long correction = workflow.openCorrection(me, id, form.note());
            redirect.addFlashAttribute("done", messages.message("done.correction"));
            return "redirect:/staff/reports/" + correction;
        } catch (WorkflowException refused) {
            redirect.addFlashAttribute("problem", refused.getMessage());
            return "redirect:/staff/reports/" + id;
        } catch (OptimisticLockingFailureException | DataIntegrityViolationException race) {
            redirect.addFlashAttribute("problem", messages.message("step.raced"));
            return "redirect:/staff/reports/" + id;
        }
    }

    /** The limit and the length typed, for the message (as text: no thousands separators). */
    static Object[] lengths(String typed) {
        return new Object[] { String.valueOf(MAX_TEXT), String.valueOf(typed.length()) };
    }

    private String page(Staff me, long id, Model model, ReturnForm returnForm, CorrectionForm correctionForm,
            Map<String, String> fieldErrors) {
        model.addAttribute("draft", drafts.read(me, id));
        model.addAttribute("returnForm", returnForm);
        model.addAttribute("correctionForm", correctionForm);
        model.addAttribute("fieldErrors", fieldErrors);
        return "staff/report";
    }

    private String step(long id, RedirectAttributes redirect, Runnable step, String done) {
        try {
            step.run();
            redirect.addFlashAttribute("done", messages.message(done));
        } catch (WorkflowException refused) {
            redirect.addFlashAttribute("problem", refused.getMessage());
        } catch (OptimisticLockingFailureException | DataIntegrityViolationException race) {
            // someone took a step on this report at the same moment; theirs counts, this one changed nothing
            redirect.addFlashAttribute("problem", messages.message("step.raced"));
        }
        return "redirect:/staff/reports/" + id;
    }
}
