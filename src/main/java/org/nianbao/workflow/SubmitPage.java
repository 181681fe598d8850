package org.nianbao.workflow;

import java.util.HashMap;
import java.util.Map;
import org.nianbao.draft.Draft;
import org.nianbao.draft.Drafts;
import org.nianbao.draft.FindingLink;
import org.nianbao.faults.Messages;
import org.nianbao.report.WorkflowException;
import org.nianbao.security.Staff;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import jakarta.servlet.http.HttpServletResponse;

/**
 * 提交审核: lists the errors that block submission, and asks for a written explanation of each warning, which the
 * reviewers then read.
 */
@Controller
class SubmitPage {

    private final Drafts drafts;
    private final ReportWorkflow workflow;
    private final Messages messages;

    SubmitPage(Drafts drafts, ReportWorkflow workflow, Messages messages) {
        this.drafts = drafts;
        this.workflow = workflow;
        this.messages = messages;
    }

    @GetMapping("/staff/reports/{id}/submit")
    String show(@AuthenticationPrincipal Staff me, @PathVariable long id, Model model) {
        Draft draft = drafts.read(me, id);
        return page(model, SubmitForm.of(draft), Map.of(), null);
    }

    @PostMapping("/staff/reports/{id}/submit")
    String submit(@AuthenticationPrincipal Staff me, @PathVariable long id, @RequestParam Map<String, String> params,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Draft draft = drafts.read(me, id);
        SubmitForm form = SubmitForm.from(draft, params);
        Map<String, String> missing = new HashMap<>();
        for (FindingLink warning : form.warnings()) {
            if (form.explanation(warning).isBlank()) {
                missing.put(warning.fieldId(), messages.message("explanation.required"));
            } else if (form.explanation(warning).length() > ReportPage.MAX_TEXT) {
                missing.put(warning.fieldId(), messages.message("explanation.too-long",
                        ReportPage.lengths(form.explanation(warning))));
            }
        }
        String problem = null;
        if (missing.isEmpty() || draft.hasErrors()) { // errors are named first, before missing explanations
            try {
                workflow.submit(me, id, form.explanationsByKey());
                redirect.addFlashAttribute("done", messages.message("done.submitted"));
                return "redirect:/staff/reports/" + id;
            } catch (WorkflowException refused) {
                problem = refused.getMessage();
            } catch (OptimisticLockingFailureException | DataIntegrityViolationException race) {
                problem = messages.message("step.raced");
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        return page(model, SubmitForm.from(drafts.read(me, id), params), missing, problem);
    }

    private static String page(Model model, SubmitForm form, Map<String, String> missing, String problem) {
        model.addAttribute("form", form);
        model.addAttribute("draft", form.draft());
        model.addAttribute("missing", missing);
        model.addAttribute("problem", problem);
        return "staff/submit";
    }
}
