package org.nianbao.security;

import org.nianbao.audit.AuditLog;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/** Every failed sign-in goes to the audit log, with the name that was tried and where it came from. */
@Component
class FailedLogins {

    private final AuditLog auditLog;

    FailedLogins(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        Object details = event.getAuthentication().getDetails();
        String from = details instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : "未知";
        auditLog.recordFailedLogin(event.getAuthentication().getName(), from);
    }
}
