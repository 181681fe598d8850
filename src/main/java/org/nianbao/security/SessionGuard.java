package org.nianbao.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Instant;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * On staff URLs: ends a session signed in more than 12 hours ago (however active), and keeps a user whose password
 * an administrator reset on the password page until a new one is chosen.
 */
class SessionGuard extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = path(request);
        return !(path.startsWith("/staff") || path.startsWith("/admin") || path.startsWith("/audit"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && StaffSessions.tooOld(session, Instant.now())) {
            session.invalidate();
            SecurityContextHolder.clearContext();
            response.sendRedirect(request.getContextPath() + "/login?expired");
            return;
        }
        if (session != null && Boolean.TRUE.equals(session.getAttribute(StaffSessions.MUST_CHANGE_PASSWORD))
                && !path(request).equals(PasswordPage.URL)) {
            response.sendRedirect(request.getContextPath() + PasswordPage.URL);
            return;
        }
        chain.doFilter(request, response);
    }

    /** The path inside the application (the servlet path is empty under MockMvc). */
    static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
