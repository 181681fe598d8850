package org.nianbao.audit;

/** What an audit event records. */
public enum AuditKind {
    CELL("修改单元格"), SECTION("修改正文"), TRANSITION("流程"), LOGIN_FAILED("登录失败"), ADMIN("管理");

    private final String label;

    AuditKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
