package org.nianbao.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Loads the CSRF token of a staff page (and of the sign-in page) before it renders. Spring Security defers the token
 * until a form asks for it, and keeping it may create the session; a long page has already been flushed to the client
 * by then, and a session cannot be created once the response is committed. Public pages are left alone: they have
 * no forms that need a token, and must not create sessions.
 */
final class EarlyCsrfToken extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/staff") || path.startsWith("/admin") || path.startsWith("/audit")
                || path.equals("/login")) {
            if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
                token.getToken();
            }
        }
        chain.doFilter(request, response);
    }
}
