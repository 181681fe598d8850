package org.nianbao.security;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The staff sign-in page (the form posts to Spring Security at {@code /login}) and the access-denied page. */
@Controller
class LoginPage {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss")
            .withZone(ZoneId.of("Asia/Shanghai"));

    /** {@code locked}: until when sign-in is refused (epoch seconds), set by {@link SignInHandlers}. */
    @GetMapping("/login")
    String login(@RequestParam(required = false) String locked, Model model) {
        if (locked != null && locked.matches("\\d{1,12}")) {
            model.addAttribute("lockedUntil", TIME.format(Instant.ofEpochSecond(Long.parseLong(locked))));
        }
        return "login";
    }

    @GetMapping("/access-denied")
    String accessDenied() {
        return "access-denied";
    }
}
