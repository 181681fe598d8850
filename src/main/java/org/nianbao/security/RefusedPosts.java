package org.nianbao.security;

import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;

/**
 * Answers refused requests so that nothing typed is lost. A post refused for its CSRF token (the session ended: time-
 * out, or sign-out in another tab; or the page was older than the current sign-in) keeps what was typed
 * ({@link UnsavedPost}) and leads through sign-in back to the form, where the section editor offers it again to be
 * saved after a look; an autosave ({@code X-Autosave} header) gets 401 instead of a redirect. Any other refusal gets
 * the Chinese 403 page, also for a post (forwarded as a GET, where Spring's default answered 405).
 */
class RefusedPosts implements AccessDeniedHandler {

    static final String AUTOSAVE_HEADER = "X-Autosave";

    private static final Pattern STAFF_PAGE = Pattern.compile("^/staff/reports/(\\d+)(/sections/[a-z_]+|/submit)?(/.*)?$");

    private final AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();
    private final HttpSessionRequestCache requestCache = new HttpSessionRequestCache();

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException refused)
            throws IOException, ServletException {
        if (!(refused instanceof CsrfException) || !"POST".equals(request.getMethod())) {
            response.setStatus(HttpStatus.FORBIDDEN.value());
            request.getRequestDispatcher("/access-denied").forward(asGet(request), response);
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String back = pageOf(path);
        boolean kept = path.startsWith("/staff/");
        if (kept) {
            Map<String, String> params = new LinkedHashMap<>();
            request.getParameterMap().forEach((name, values) -> {
                if (!name.equals("_csrf") && values.length > 0) {
                    params.put(name, values[0]);
                }
            });
            UnsavedPost.keep(request.getSession(true), new UnsavedPost(back, params, Instant.now()));
        }
        boolean signedIn = !trust.isAnonymous(SecurityContextHolder.getContext().getAuthentication())
                && SecurityContextHolder.getContext().getAuthentication() != null;
        if (!signedIn) {
            // after sign-in, Spring's success handler returns to this page (as a GET, without the posted fields)
            requestCache.saveRequest(new GetOf(request, back), response);
        }
        if (request.getHeader(AUTOSAVE_HEADER) != null) {
            response.setStatus(HttpStatus.UNAUTHORIZED.value());
            response.setContentType("application/json;charset=UTF-8");
            response.getWriter().write("{\"state\":\"signed-out\"}");
            return;
        }
        response.sendRedirect(request.getContextPath() + (signedIn ? back : kept ? "/login?expired&kept" : "/login"));
    }

    /** The page a refused post returns to: a section editor or the submit page itself, else its report's page. */
    static String pageOf(String path) {
        Matcher staff = STAFF_PAGE.matcher(path);
        if (staff.matches()) {
            return "/staff/reports/" + staff.group(1) + (staff.group(2) == null ? "" : staff.group(2));
        }
        return path.startsWith("/admin/") ? "/admin" : "/staff";
    }

    private static HttpServletRequest asGet(HttpServletRequest request) {
        return new HttpServletRequestWrapper(request) {
            @Override
            public String getMethod() {
                return "GET";
            }
        };
    }

    /** The request as a GET of {@code path}, without parameters: what the request cache keeps. */
    private static final class GetOf extends HttpServletRequestWrapper {

        private final String path;

        GetOf(HttpServletRequest request, String path) {
            super(request);
            this.path = path;
        }

        @Override
        public String getMethod() {
            return "GET";
        }

        @Override
        public String getRequestURI() {
            return getContextPath() + path;
        }

        @Override
        public StringBuffer getRequestURL() {
            StringBuffer url = new StringBuffer();
            url.append(getScheme()).append("://").append(getServerName());
            int port = getServerPort();
            if (!("http".equals(getScheme()) && port == 80) && !("https".equals(getScheme()) && port == 443)) {
                url.append(':').append(port);
            }
            return url.append(getRequestURI());
        }

        @Override
        public String getServletPath() {
            return path;
        }

        @Override
        public String getPathInfo() {
            return null;
        }

        @Override
        public String getQueryString() {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public java.util.Enumeration<String> getParameterNames() {
            return java.util.Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }
    }
}
