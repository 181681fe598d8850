package org.nianbao.portal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * Conditional requests for the public lists (home, agency, timeliness and search pages, the open-data page): their
 * ETag is a hash of the bytes rendered (Spring's {@link ShallowEtagHeaderFilter}), so it costs no query, is the same
 * on every instance for the same page, and changes only when the page does. A matching {@code If-None-Match} gets
 * 304 without a body. They are always revalidated ({@code Cache-Control: no-cache}) and vary with the 关怀版 cookie.
 * The yearly open-data files are streamed and have an ETag of their own ({@code OpenDataPages}).
 */
@Component
class PageEtags extends ShallowEtagHeaderFilter {

    private static final Pattern PAGES = Pattern.compile(
            "/|/agencies/[^/]+|/timeliness/[^/]+/[^/]+|/search|/open-data");

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !PAGES.matcher(request.getRequestURI().substring(request.getContextPath().length())).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
        response.addHeader(HttpHeaders.VARY, "Cookie");
        super.doFilterInternal(request, response, chain);
    }
}
