package org.nianbao.security;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The staff sign-in page (the form posts to Spring Security at {@code /login}) and the access-denied page. */
@Controller
class LoginPage {

    @GetMapping("/login")
    String login() {
        return "login";
    }

    @GetMapping("/access-denied")
    String accessDenied() {
        return "access-denied";
    }
}
