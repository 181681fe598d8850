package org.nianbao.admin;

import jakarta.validation.Valid;
import java.util.Comparator;
import java.util.List;
import org.nianbao.agency.Agency;
import org.nianbao.agency.AgencyKind;
import org.nianbao.agency.AgencyRepository;
import org.nianbao.audit.AuditLog;
import org.nianbao.faults.Messages;
import org.nianbao.security.Access;
import org.nianbao.security.Staff;
import org.nianbao.text.Text;
import org.nianbao.timeliness.DeadlineRules;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 管理员's pages for one agency (行政区划代码, reminder address, moving it) and for local deadlines per level. */
@Controller
class AgencyAdminPages {

    private final Administration administration;
    private final AgencyRepository agencies;
    private final DeadlineRules deadlineRules;
    private final AuditLog auditLog;
    private final Access access;
    private final Messages messages;

    AgencyAdminPages(Administration administration, AgencyRepository agencies, DeadlineRules deadlineRules,
            AuditLog auditLog, Access access, Messages messages) {
        this.administration = administration;
        this.agencies = agencies;
        this.deadlineRules = deadlineRules;
        this.auditLog = auditLog;
        this.access = access;
        this.messages = messages;
    }

    @GetMapping("/admin/agencies/{code}")
    String agency(@AuthenticationPrincipal Staff me, @PathVariable String code, Model model) {
        Access.require(access.isAdmin(me));
        Agency agency = find(code);
        return agencyPage(model, agency, new Forms.AgencyChangeForm(orEmpty(agency.getDivisionCode()),
                orEmpty(agency.getContactEmail()), agency.getParent() == null ? "" : agency.getParent().getCode()));
    }

    @PostMapping("/admin/agencies/{code}")
    String change(@AuthenticationPrincipal Staff me, @PathVariable String code,
            @Valid @ModelAttribute("form") Forms.AgencyChangeForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        Access.require(access.isAdmin(me));
        Agency agency = find(code);
        if (!errors.hasErrors()) {
            try {
                administration.changeAgency(code, form, me.username());
                redirect.addFlashAttribute("saved", messages.message("admin.agency.saved", agency.getName()));
                return "redirect:/admin/agencies/" + code;
            } catch (FieldProblem problem) {
                errors.rejectValue(problem.field(), "invalid", messages.message(problem));
            }
        }
        return agencyPage(model, find(code), form);
    }

    @GetMapping("/admin/deadlines")
    String deadlines(@AuthenticationPrincipal Staff me, Model model) {
        Access.require(access.isAdmin(me));
        return deadlinesPage(model, Forms.DeadlineForm.empty());
    }

    @PostMapping("/admin/deadlines")
    String setDeadline(@AuthenticationPrincipal Staff me, @Valid @ModelAttribute("form") Forms.DeadlineForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        Access.require(access.isAdmin(me));
        if (!errors.hasErrors()) {
            Agency government = agencies.findByCode(form.agencyCode()).orElse(null);
            if (government == null) {
                errors.rejectValue("agencyCode", "invalid", messages.message("admin.agency.unknown-code",
                        form.agencyCode()));
            } else {
                try {
                    deadlineRules.set(government, form.kind(), form.monthValue(), form.dayValue());
                    auditLog.recordAdmin(me.username(), Text.of("admin.audit.target.agency", government.getCode()),
                            Text.of("admin.audit.deadline.set", form.kind().label(), form.monthValue(),
                                    form.dayValue()));
                    redirect.addFlashAttribute("saved", messages.message("admin.deadline.saved"));
                    return "redirect:/admin/deadlines";
                } catch (IllegalArgumentException e) {
                    errors.rejectValue("day", "invalid", e.getMessage());
                }
            }
        }
        return deadlinesPage(model, form);
    }

    @PostMapping("/admin/deadlines/{id}/delete")
    String removeDeadline(@AuthenticationPrincipal Staff me, @PathVariable long id, RedirectAttributes redirect) {
        Access.require(access.isAdmin(me));
        deadlineRules.all().stream().filter(r -> r.id() == id).findFirst().ifPresent(rule -> {
            deadlineRules.remove(id);
            auditLog.recordAdmin(me.username(), Text.of("admin.audit.target.agency", rule.agencyCode()),
                    Text.of("admin.audit.deadline.removed", rule.kind().label(), rule.dayText()));
        });
        redirect.addFlashAttribute("saved", messages.message("admin.deadline.removed"));
        return "redirect:/admin/deadlines";
    }

    private String agencyPage(Model model, Agency agency, Forms.AgencyChangeForm form) {
        model.addAttribute("agency", agency);
        model.addAttribute("parents", agencies.findAll().stream()
                .filter(a -> agency.getKind().allowedParents().contains(a.getKind()))
                .filter(a -> !a.isWithin(agency))
                .sorted(Comparator.comparing(Agency::getCode)).toList());
        model.addAttribute("form", form);
        return "admin/agency";
    }

    private String deadlinesPage(Model model, Forms.DeadlineForm form) {
        model.addAttribute("rules", deadlineRules.all());
        model.addAttribute("governments", agencies.findAll().stream()
                .filter(a -> a.getKind().isGovernmentAboveTownship())
                .sorted(Comparator.comparing(Agency::getCode)).toList());
        model.addAttribute("kinds", List.of(AgencyKind.CITY, AgencyKind.COUNTY, AgencyKind.TOWNSHIP,
                AgencyKind.DEPARTMENT));
        model.addAttribute("form", form);
        return "admin/deadlines";
    }

    private Agency find(String code) {
        return agencies.findByCode(code).orElseThrow(() -> new org.springframework.web.server.ResponseStatusException(
                org.springframework.http.HttpStatus.NOT_FOUND, messages.message("admin.agency.unknown")));
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
