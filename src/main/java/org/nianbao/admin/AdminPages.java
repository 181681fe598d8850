package org.nianbao.admin;

import jakarta.validation.Valid;
import org.nianbao.agency.AgencyKind;
import org.nianbao.agency.AgencyRepository;
import org.nianbao.faults.Messages;
import org.nianbao.security.Access;
import org.nianbao.security.AppUserRepository;
import org.nianbao.security.Role;
import org.nianbao.security.Staff;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 管理员's pages: agencies, accounts and their roles. */
@Controller
class AdminPages {

    private final Administration administration;
    private final AgencyRepository agencies;
    private final AppUserRepository users;
    private final Access access;
    private final Messages messages;

    AdminPages(Administration administration, AgencyRepository agencies, AppUserRepository users, Access access,
            Messages messages) {
        this.administration = administration;
        this.agencies = agencies;
        this.users = users;
        this.access = access;
        this.messages = messages;
    }

    @GetMapping("/admin")
    String index(@AuthenticationPrincipal Staff me) {
        Access.require(access.isAdmin(me));
        return "redirect:/admin/users";
    }

    @GetMapping("/admin/agencies")
    String agencies(@AuthenticationPrincipal Staff me, @RequestParam(required = false) String q, Model model) {
        Access.require(access.isAdmin(me));
        model.addAttribute("q", q);
        return agenciesPage(model, Forms.AgencyForm.empty());
    }

    @PostMapping("/admin/agencies")
    String createAgency(@AuthenticationPrincipal Staff me, @Valid @ModelAttribute("form") Forms.AgencyForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        Access.require(access.isAdmin(me));
        if (!errors.hasErrors()) {
            try {
                administration.createAgency(form, me.username());
                redirect.addFlashAttribute("saved", messages.message("admin.agency.created", form.name()));
                return "redirect:/admin/agencies";
            } catch (FieldProblem problem) {
                errors.rejectValue(problem.field(), "invalid", messages.message(problem));
            } catch (DataIntegrityViolationException race) {
                errors.rejectValue("code", "invalid", messages.message("admin.agency.code.raced", form.code()));
            }
        }
        return agenciesPage(model, form);
    }

    @GetMapping("/admin/users")
    String users(@AuthenticationPrincipal Staff me, Model model) {
        Access.require(access.isAdmin(me));
        return usersPage(model, Forms.UserForm.empty());
    }

    @PostMapping("/admin/users")
    String createUser(@AuthenticationPrincipal Staff me, @Valid @ModelAttribute("form") Forms.UserForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        Access.require(access.isAdmin(me));
        if (!errors.hasErrors()) {
            try {
                administration.createUser(form, me.username());
                redirect.addFlashAttribute("saved", messages.message("admin.user.created", form.username()));
                return "redirect:/admin/users";
            } catch (FieldProblem problem) {
                errors.rejectValue(problem.field(), "invalid", messages.message(problem));
            } catch (DataIntegrityViolationException race) {
                errors.rejectValue("username", "invalid", messages.message("admin.user.username.raced",
                        form.username()));
            }
        }
        return usersPage(model, form); // the template never shows a password back
    }

    @PostMapping("/admin/users/{id}/grants")
    String grant(@AuthenticationPrincipal Staff me, @PathVariable long id, @RequestParam(required = false) Role role,
            @RequestParam(required = false) String agencyCode, RedirectAttributes redirect) {
        Access.require(access.isAdmin(me));
        try {
            if (role == null) {
                throw FieldProblem.of("role", "admin.grant.role.required");
            }
            administration.grant(id, new Forms.GrantForm(role, agencyCode), me.username());
            redirect.addFlashAttribute("saved", messages.message("admin.grant.done"));
        } catch (FieldProblem problem) {
            redirect.addFlashAttribute("grantError", messages.message(problem));
            redirect.addFlashAttribute("grantUser", id);
        } catch (DataIntegrityViolationException alreadyGranted) {
            // the same role granted by another request a moment ago: it is granted, as asked
            redirect.addFlashAttribute("saved", messages.message("admin.grant.done"));
        }
        return "redirect:/admin/users#user-" + id;
    }

    @PostMapping("/admin/users/{id}/grants/{grantId}/delete")
    String revoke(@AuthenticationPrincipal Staff me, @PathVariable long id, @PathVariable long grantId) {
        Access.require(access.isAdmin(me));
        administration.revoke(id, grantId, me.username());
        return "redirect:/admin/users#user-" + id;
    }

    @PostMapping("/admin/users/{id}/enabled")
    String enable(@AuthenticationPrincipal Staff me, @PathVariable long id, @RequestParam boolean enabled) {
        Access.require(access.isAdmin(me));
        administration.setEnabled(id, enabled, me.username());
        return "redirect:/admin/users#user-" + id;
    }

    @PostMapping("/admin/users/{id}/password-reset")
    String forcePasswordReset(@AuthenticationPrincipal Staff me, @PathVariable long id, RedirectAttributes redirect) {
        Access.require(access.isAdmin(me));
        administration.forcePasswordReset(id, me.username());
        redirect.addFlashAttribute("saved", messages.message("admin.user.password-reset"));
        return "redirect:/admin/users#user-" + id;
    }

    private String agenciesPage(Model model, Forms.AgencyForm form) {
        String q = model.getAttribute("q") instanceof String s ? s.strip() : "";
        model.addAttribute("agencies", agencies.findAll().stream()
                .filter(a -> q.isEmpty() || a.getName().contains(q) || a.getCode().contains(q)
                        || a.getDivisionCode() != null && a.getDivisionCode().startsWith(q))
                .sorted((a, b) -> a.getCode().compareTo(b.getCode())).toList());
        model.addAttribute("kinds", AgencyKind.TOP_DOWN);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", form);
        }
        return "admin/agencies";
    }

    private String usersPage(Model model, Forms.UserForm form) {
        model.addAttribute("users", users.findAllByOrderByUsername());
        model.addAttribute("agencies", agencies.findAll().stream()
                .sorted((a, b) -> a.getCode().compareTo(b.getCode())).toList());
        model.addAttribute("roles", Role.values());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", form);
        }
        return "admin/users";
    }
}
