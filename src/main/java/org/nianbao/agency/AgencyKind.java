package org.nianbao.agency;

/** The level of an agency, which sets its legal deadline (条例 第四十九条). */
public enum AgencyKind {
    /** A county government (县人民政府): aggregates and publishes by 2月20日. */
    COUNTY,
    /** A township (乡镇人民政府): publishes by 1月31日, on the county portal. */
    TOWNSHIP,
    /** A county-level department: publishes by 1月31日. */
    DEPARTMENT;

    public String label() {
        return switch (this) {
            case COUNTY -> "县级人民政府";
            case TOWNSHIP -> "乡镇";
            case DEPARTMENT -> "县级部门";
        };
    }
}
