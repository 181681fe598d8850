package org.nianbao.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What happens around a sign-in: a locked name or address is refused before any password is checked (as fast for
 * an account that exists as for one that does not); each failure is counted ({@link SignInThrottle}); a success
 * clears the name's count, notes when and from where the session signed in ({@link StaffSessions}) and, when an
 * administrator has forced a reset, sends the user to choose a new password first.
 */
@Component
class SignInHandlers {

    private final SignInThrottle throttle;
    private final AppUserRepository users;

    SignInHandlers(SignInThrottle throttle, AppUserRepository users) {
        this.throttle = throttle;
        this.users = users;
    }

    /** Runs before the login filter: refuses a POST to /login while its name or address is locked. */
    OncePerRequestFilter lockedSignIns() {
        return new OncePerRequestFilter() {
            @Override
            protected boolean shouldNotFilter(HttpServletRequest request) {
                return !"POST".equals(request.getMethod()) || !"/login".equals(SessionGuard.path(request));
            }

            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                    FilterChain chain) throws ServletException, IOException {
                Optional<Instant> until = throttle.lockedUntil(request.getParameter("username"),
                        request.getRemoteAddr());
                if (until.isPresent()) {
                    response.sendRedirect(request.getContextPath() + "/login?locked=" + until.get().getEpochSecond());
                    return;
                }
                chain.doFilter(request, response);
            }
        };
    }

    AuthenticationFailureHandler failure() {
        return (HttpServletRequest request, HttpServletResponse response, AuthenticationException exception) -> {
            Optional<Instant> until = throttle.failed(request.getParameter("username"), request.getRemoteAddr());
            response.sendRedirect(request.getContextPath()
                    + until.map(u -> "/login?locked=" + u.getEpochSecond()).orElse("/login?error"));
        };
    }

    AuthenticationSuccessHandler success() {
        SavedRequestAwareAuthenticationSuccessHandler saved = new SavedRequestAwareAuthenticationSuccessHandler();
        saved.setDefaultTargetUrl("/staff");
        return (HttpServletRequest request, HttpServletResponse response, Authentication authentication) -> {
            throttle.succeeded(authentication.getName());
            boolean reset = users.findByUsername(authentication.getName())
                    .map(AppUser::isPasswordResetRequired).orElse(false);
            StaffSessions.signedIn(request, reset);
            if (reset) {
                response.sendRedirect(request.getContextPath() + PasswordPage.URL);
                return;
            }
            saved.onAuthenticationSuccess(request, response, authentication);
        };
    }
}
