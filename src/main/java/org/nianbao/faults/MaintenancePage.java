package org.nianbao.faults;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.nianbao.security.SecurityHeaders;
import org.nianbao.text.Text;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/** The 503 page 「系统维护中，请稍后再试」 with {@code Retry-After}, written outside Spring MVC (by a filter). */
@Component
class MaintenancePage {

    /** Seconds a client is asked to wait before trying again. */
    static final int RETRY_AFTER_SECONDS = 30;

    private final ITemplateEngine templates;
    private final SecurityHeaders securityHeaders;

    MaintenancePage(ITemplateEngine templates, SecurityHeaders securityHeaders) {
        this.templates = templates;
        this.securityHeaders = securityHeaders;
    }

    void write(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS));
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        securityHeaders.writeHeaders(request, response);
        boolean submitted = !request.getMethod().equals("GET") && !request.getMethod().equals("HEAD");
        boolean json = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
        if (json) {
            response.setContentType("application/problem+json;charset=UTF-8");
            response.getWriter().write("{\"status\":503,\"title\":\"" + Text.of("faults.maintenance.title")
                    + "\",\"detail\":\"" + Text.of("faults.maintenance.detail", RETRY_AFTER_SECONDS) + "\"}");
            return;
        }
        response.setContentType("text/html;charset=UTF-8");
        var exchange = JakartaServletWebApplication.buildApplication(request.getServletContext())
                .buildExchange(request, response);
        WebContext context = new WebContext(exchange);
        context.setVariable("submitted", submitted && !request.getServletPath().equals("/login"));
        context.setVariable("signIn", request.getServletPath().equals("/login"));
        templates.process("error/503", context, response.getWriter());
    }
}
