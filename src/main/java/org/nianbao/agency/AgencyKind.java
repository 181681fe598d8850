package org.nianbao.agency;

import java.util.Set;

/**
 * The level of an agency, which sets where it may stand in the hierarchy and its statutory deadline
 * (条例 第四十九条). Constants are stored by name: never rename one, add new ones.
 */
public enum AgencyKind {
    /** A county-level government (县、区、县级市人民政府): its report is due by 3月31日. */
    COUNTY,
    /** A township or sub-district (乡镇人民政府、街道办事处): publishes by 1月31日, on the county portal. */
    TOWNSHIP,
    /** A department (部门) of a county, city or province government: publishes by 1月31日. */
    DEPARTMENT,
    /** A province-level government (省级人民政府): its report is due by 3月31日. */
    PROVINCE,
    /** A city-level government (市级人民政府, 地级市): its report is due by 3月31日. */
    CITY;

    /** From the top of the hierarchy down, for lists and forms. */
    public static final java.util.List<AgencyKind> TOP_DOWN = java.util.List.of(PROVINCE, CITY, COUNTY, TOWNSHIP,
            DEPARTMENT);

    public String label() {
        return switch (this) {
            case PROVINCE -> "省级人民政府";
            case CITY -> "市级人民政府";
            case COUNTY -> "县级人民政府";
            case TOWNSHIP -> "乡镇人民政府/街道办事处";
            case DEPARTMENT -> "部门";
        };
    }

    /** A short name of the level in lists: 省, 市, 县, 乡镇, 部门. */
    public String shortLabel() {
        return switch (this) {
            case PROVINCE -> "省";
            case CITY -> "市";
            case COUNTY -> "县";
            case TOWNSHIP -> "乡镇";
            case DEPARTMENT -> "部门";
        };
    }

    /** A 县级以上地方人民政府: has departments, its own report is due by 3月31日, may have governments below. */
    public boolean isGovernmentAboveTownship() {
        return this == PROVINCE || this == CITY || this == COUNTY;
    }

    /** Whether an agency of this kind may stand at the top of the hierarchy (without a parent). */
    public boolean mayBeTopLevel() {
        return isGovernmentAboveTownship();
    }

    /** The kinds an agency of this kind may stand directly under. */
    public Set<AgencyKind> allowedParents() {
        return switch (this) {
            case PROVINCE -> Set.of();
            case CITY -> Set.of(PROVINCE);
            case COUNTY -> Set.of(PROVINCE, CITY);
            case TOWNSHIP -> Set.of(COUNTY);
            case DEPARTMENT -> Set.of(PROVINCE, CITY, COUNTY);
        };
    }

    /** Why an agency of this kind cannot stand under {@code parent} (null: at the top), or null when it can. */
    public String placementProblem(AgencyKind parent) {
        if (parent == null) {
            return mayBeTopLevel() ? null : label() + "必须有上级人民政府";
        }
        if (allowedParents().contains(parent)) {
            return null;
        }
        if (allowedParents().isEmpty()) {
            return label() + "没有上级机关";
        }
        return label() + "只能设在" + String.join("或", allowedParents().stream()
                .sorted(java.util.Comparator.comparing(TOP_DOWN::indexOf)).map(AgencyKind::label).toList()) + "之下";
    }
}
