package org.nianbao.report;

/** Where a report revision stands in its workflow. */
public enum ReportStatus {
    DRAFT("草稿"), SUBMITTED("待审核"), RETURNED("退回"), APPROVED("已审核"), PUBLISHED("已发布");

    private final String label;

    ReportStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
