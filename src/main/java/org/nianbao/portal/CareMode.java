package org.nianbao.portal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The 关怀版 (large type, high contrast, wider spacing) chosen with {@link CareSwitch} and kept in a cookie. This
 * filter tells every page, error pages included, through two request attributes the layout reads: {@code care}
 * (whether it is on) and {@code careSwitch} (the link that turns it the other way and comes back to this page).
 */
@Component
class CareMode extends OncePerRequestFilter {

    static final String COOKIE = "care";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean on = isOn(request.getCookies());
        String query = request.getQueryString();
        String back = request.getRequestURI() + (query == null ? "" : "?" + query);
        request.setAttribute("care", on);
        request.setAttribute("careSwitch", switchLink(on, back));
        chain.doFilter(request, response);
    }

    /** The link that turns the 关怀版 the other way and comes back to {@code back}. */
    static String switchLink(boolean on, String back) {
        return "/care?on=" + (on ? "0" : "1") + "&back=" + URLEncoder.encode(back, StandardCharsets.UTF_8);
    }

    /** Whether the cookies turn the 关怀版 on. */
    static boolean isOn(HttpServletRequest request) {
        return isOn(request.getCookies());
    }

    /** Whether the request's page is shown in the 关怀版 (as this filter found it). */
    static boolean isOn(WebRequest request) {
        return Boolean.TRUE.equals(request.getAttribute("care", RequestAttributes.SCOPE_REQUEST));
    }

    private static boolean isOn(Cookie[] cookies) {
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (COOKIE.equals(cookie.getName())) {
                    return "1".equals(cookie.getValue());
                }
            }
        }
        return false;
    }
}
