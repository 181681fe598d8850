package org.nianbao.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A staff member's own sessions: where and when they signed in, and a button to end any of them. */
@Controller
class SessionPages {

    private final StaffSessions sessions;
    private final MessageSource messages;

    SessionPages(StaffSessions sessions, MessageSource messages) {
        this.sessions = sessions;
        this.messages = messages;
    }

    @GetMapping("/staff/sessions")
    String list(@AuthenticationPrincipal Staff me, HttpServletRequest request, Model model) {
        HttpSession session = request.getSession(false);
        model.addAttribute("sessions", sessions.of(me.username(), session == null ? null : session.getId()));
        return "staff/sessions";
    }

    @PostMapping("/staff/sessions/{handle}/end")
    String end(@AuthenticationPrincipal Staff me, @PathVariable String handle, HttpServletRequest request,
            RedirectAttributes redirect) {
        HttpSession session = request.getSession(false);
        if (session != null && StaffSessions.handle(session.getId()).equals(handle)) {
            redirect.addFlashAttribute("saved", message("security.session.current"));
            return "redirect:/staff/sessions";
        }
        redirect.addFlashAttribute("saved", message(sessions.end(me.username(), handle) ? "security.session.ended"
                : "security.session.already-ended"));
        return "redirect:/staff/sessions";
    }

    private String message(String code) {
        return messages.getMessage(code, null, Locale.SIMPLIFIED_CHINESE);
    }
}
