package org.nianbao.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.CacheControlHeadersWriter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.HstsHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.header.writers.XContentTypeOptionsHeaderWriter;
import org.springframework.security.web.header.writers.XXssProtectionHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter.XFrameOptionsMode;
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

    private final List<HeaderWriter> writers;

    public SecurityHeaders() {
        HstsHeaderWriter hsts = new HstsHeaderWriter(); // only on secure requests
        hsts.setMaxAgeInSeconds(31_536_000);
        hsts.setIncludeSubDomains(true);
        this.writers = List.of(new XContentTypeOptionsHeaderWriter(), new XXssProtectionHeaderWriter(),
                new CacheControlHeadersWriter(), hsts, new XFrameOptionsHeaderWriter(XFrameOptionsMode.DENY),
                new ContentSecurityPolicyHeaderWriter(CONTENT_SECURITY_POLICY),
                new ReferrerPolicyHeaderWriter(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN),
                new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY));
    }

    /** Writes every header; {@code Cache-Control} only when the response has none yet. */
    @Override
    public void writeHeaders(HttpServletRequest request, HttpServletResponse response) {
        for (HeaderWriter writer : writers) {
            writer.writeHeaders(request, response);
        }
    }
}
