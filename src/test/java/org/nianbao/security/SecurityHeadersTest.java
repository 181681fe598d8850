package org.nianbao.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.nianbao.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** Every kind of answer carries the same security headers; HSTS only over TLS. */
@PortalTest
class SecurityHeadersTest {

    @Autowired
    MockMvc mvc;

    @Test
    void pagesDownloadsErrorsAndRedirectsCarryThePolicies() throws Exception {
        for (String url : new String[] {"/", "/login", "/open-data/2021.csv", "/reports/songxian-luhun/2021",
                "/reports/nowhere/2021", "/staff", "/css/site.css"}) {
            MockHttpServletResponse response = mvc.perform(get(url)).andReturn().getResponse();
            String csp = response.getHeader("Content-Security-Policy");
            assertThat(csp).as(url).isEqualTo(SecurityHeaders.CONTENT_SECURITY_POLICY)
                    .contains("frame-ancestors 'none'").contains("script-src 'self'").contains("style-src 'self'")
                    .doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
            assertThat(response.getHeader("Referrer-Policy")).as(url).isEqualTo("strict-origin-when-cross-origin");
            assertThat(response.getHeader("Permissions-Policy")).as(url).contains("camera=()");
            assertThat(response.getHeader("X-Frame-Options")).as(url).isEqualTo("DENY");
            assertThat(response.getHeader("X-Content-Type-Options")).as(url).isEqualTo("nosniff");
            assertThat(response.getHeader("Strict-Transport-Security")).as(url + " over plain HTTP").isNull();
        }
    }

    @Test
    void overTlsStrictTransportSecurityIsSent() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/").secure(true)).andReturn().getResponse();
        assertThat(response.getHeader("Strict-Transport-Security")).isEqualTo("max-age=31536000 ; includeSubDomains");
    }
}
