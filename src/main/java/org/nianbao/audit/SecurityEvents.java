package org.nianbao.audit;

import org.nianbao.security.AccountChanged;
import org.nianbao.text.Text;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * What the security package reports goes to the audit log: every failed sign-in, with the name that was tried and
 * where it came from, and every change to an account (security publishes events and knows nothing of the log).
 */
@Component
class SecurityEvents {

    private final AuditLog auditLog;

    SecurityEvents(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        Object details = event.getAuthentication().getDetails();
        String from = details instanceof WebAuthenticationDetails web ? web.getRemoteAddress()
                : Text.of("audit.login.address-unknown");
        auditLog.recordFailedLogin(event.getAuthentication().getName(), from);
    }

    /** Runs in the transaction that changed the account, so both are kept or neither. */
    @EventListener
    void changed(AccountChanged event) {
        auditLog.recordAdmin(event.username(), event.target(), event.comment());
    }
}
