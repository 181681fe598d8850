package org.nianbao.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
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

    SessionPages(StaffSessions sessions) {
        this.sessions = sessions;
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
            redirect.addFlashAttribute("saved", "要结束当前登录，请点右上角的“退出登录”。");
            return "redirect:/staff/sessions";
        }
        redirect.addFlashAttribute("saved", sessions.end(me.username(), handle) ? "已结束该登录。" : "该登录已经结束。");
        return "redirect:/staff/sessions";
    }
}
