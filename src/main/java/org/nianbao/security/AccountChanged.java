package org.nianbao.security;

/**
 * An account changed (published inside the transaction that changed it, for the audit log): who did it, what it
 * concerns, what happened.
 */
public record AccountChanged(String username, String target, String comment) {
}
