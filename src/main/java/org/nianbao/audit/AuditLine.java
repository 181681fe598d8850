package org.nianbao.audit;

/** An audit event as pages display it and CSV exports it. */
public record AuditLine(String at, String username, String kind, String target, String oldValue, String newValue,
        String comment) {
}
