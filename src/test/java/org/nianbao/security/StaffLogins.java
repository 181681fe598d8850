package org.nianbao.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.util.concurrent.atomic.AtomicInteger;
import org.nianbao.agency.Agency;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Accounts of the security tests' own, and signing in through the real form with a Spring Session cookie. */
final class StaffLogins {

    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    private StaffLogins() {
    }

    /** A new account (unique name) holding {@code role} on {@code agency}, with {@code password}. */
    static AppUser account(AppUserRepository users, PasswordEncoder passwords, String prefix, String password,
            Role role, Agency agency) {
        AppUser user = new AppUser(prefix + "." + System.nanoTime(), prefix + " 测试", passwords.encode(password));
        if (role != null) {
            user.grant(role, role.isScoped() ? agency : null);
        }
        return users.saveAndFlush(user);
    }

    /** A client address of its own (203.0.113.0/24, a documentation range), so no other test's failures count. */
    static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    static String newAddress() {
        return "203.0.113." + (ADDRESSES.incrementAndGet() % 250 + 1) + "." + System.nanoTime() % 1000;
    }

    /** Signs in through the form; answers the result (a redirect) whose SESSION cookie carries the session. */
    static MvcResult signIn(MockMvc mvc, String username, String password, String address) throws Exception {
        return mvc.perform(post("/login").with(csrf()).with(from(address)).param("username", username)
                .param("password", password)).andReturn();
    }

    /** The session cookie set by {@code result}. */
    static Cookie session(MvcResult result) {
        Cookie cookie = result.getResponse().getCookie("SESSION");
        if (cookie == null) {
            throw new AssertionError("no SESSION cookie: " + result.getResponse().getRedirectedUrl());
        }
        return cookie;
    }
}
