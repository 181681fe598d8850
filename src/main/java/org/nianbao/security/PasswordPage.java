package org.nianbao.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A staff member changes their own password (and must, after an administrator forced a reset). */
@Controller
class PasswordPage {

    static final String URL = "/staff/password";

    private final PasswordChange change;
    private final MessageSource messages;

    PasswordPage(PasswordChange change, MessageSource messages) {
        this.change = change;
        this.messages = messages;
    }

    @GetMapping(URL)
    String form(HttpServletRequest request, Model model) {
        HttpSession session = request.getSession(false);
        model.addAttribute("forced",
                session != null && Boolean.TRUE.equals(session.getAttribute(StaffSessions.MUST_CHANGE_PASSWORD)));
        return "staff/password";
    }

    @PostMapping(URL)
    String change(@AuthenticationPrincipal Staff me, @RequestParam(defaultValue = "") String current,
            @RequestParam(defaultValue = "") String password, @RequestParam(defaultValue = "") String confirm,
            HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        HttpSession session = request.getSession();
        Optional<PasswordChange.Problem> problem = change.change(me.id(), current, password, confirm,
                session.getId());
        if (problem.isPresent()) {
            model.addAttribute("forced", Boolean.TRUE.equals(session.getAttribute(StaffSessions.MUST_CHANGE_PASSWORD)));
            model.addAttribute("field", problem.get().field());
            model.addAttribute("problem", problem.get().message());
            return "staff/password";
        }
        session.removeAttribute(StaffSessions.MUST_CHANGE_PASSWORD);
        // the session's principal carries the new hash, so it goes on matching the database
        Staff updated = change.reload(me.id());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(updated, null,
                updated.getAuthorities()));
        SecurityContextHolder.setContext(context);
        new HttpSessionSecurityContextRepository().saveContext(context, request, response);
        redirect.addFlashAttribute("saved", messages.getMessage("security.password.changed", null,
                Locale.SIMPLIFIED_CHINESE));
        return "redirect:/staff/sessions";
    }
}
