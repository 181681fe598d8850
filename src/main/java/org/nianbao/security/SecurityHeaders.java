package org.nianbao.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.security.web.header.Header;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.CacheControlHeadersWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.stereotype.Component;

/**
 * The security headers of every response, declared once: Spring Security writes them on everything that passes its
 * filter chain, and the stored-file cache, which answers before that chain, writes them through
 * {@link #writeHeaders} too. Scripts, styles, fonts and images come from this site only (no inline script or style,
 * no {@code on*} attribute: templates load {@code /js/*.js} and {@code /css/*.css}); no site may frame a page;
 * {@code Strict-Transport-Security} goes out whenever the request came over TLS (directly, or through a trusted
 * proxy's {@code X-Forwarded-Proto}, see {@code server.tomcat.remoteip.internal-proxies}).
 * Decision: docs/adr/0011-headers-and-input-hygiene.md.
 */
@Component
public class SecurityHeaders implements HeaderWriter {

    /** The Content-Security-Policy of every page. */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";
    /** No camera, microphone, location or payment for any page of the portal. */
    public static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
            + "interest-cohort=()";

    /** The headers every response carries, whatever the request. */
    public static final List<Header> ALWAYS = List.of(new Header("X-Content-Type-Options", "nosniff"),
            new Header("X-XSS-Protection", "0"), new Header("X-Frame-Options", "DENY"),
            new Header("Content-Security-Policy", CONTENT_SECURITY_POLICY),
            new Header("Referrer-Policy", "strict-origin-when-cross-origin"),
            new Header("Permissions-Policy", PERMISSIONS_POLICY));
    /** What a request that came over TLS gets besides: a year of HTTPS only, for subdomains too. */
    public static final Header HSTS = new Header("Strict-Transport-Security", "max-age=31536000 ; includeSubDomains");

    private final List<HeaderWriter> writers = List.of(new CacheControlHeadersWriter(),
            new DelegatingRequestMatcherHeaderWriter(HttpServletRequest::isSecure,
                    new StaticHeadersWriter(List.of(HSTS))),
            new StaticHeadersWriter(ALWAYS));

    /**
     * Writes every header the response does not have yet; {@code Cache-Control} (with {@code Pragma} and
     * {@code Expires}: nothing may be kept) only when the application set none.
     */
    @Override
    public void writeHeaders(HttpServletRequest request, HttpServletResponse response) {
        for (HeaderWriter writer : writers) {
            writer.writeHeaders(request, response);
        }
    }
}
