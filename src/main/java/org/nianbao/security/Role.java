package org.nianbao.security;

/** What a staff member may do, scoped to an agency and everything below it (管理员 and 审计 are not scoped). */
public enum Role {
    EDITOR("填报人"), REVIEWER("审核人"), PUBLISHER("发布人"), ADMIN("管理员"), AUDITOR("审计");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isScoped() {
        return this != ADMIN && this != AUDITOR;
    }
}
