package org.nianbao.statutory;

import java.util.List;

/**
 * A statutory column. {@code groups} are the merged header labels above the column's own label, outermost
 * first. A column with {@code parts} is a derived total: the sum of those columns in every row.
 */
public record Column(String code, String label, List<String> groups, ValueKind kind, List<String> parts) {

    public Column {
        groups = List.copyOf(groups);
        parts = List.copyOf(parts);
    }

    public static Column of(String code, String label, ValueKind kind, String... groups) {
        return new Column(code, label, List.of(groups), kind, List.of());
    }

    public static Column total(String code, String label, List<String> parts, String... groups) {
        return new Column(code, label, List.of(groups), ValueKind.COUNT, parts);
    }

    /** The largest magnitude the column's cells hold (its kind's limit, the database column's). */
    public java.math.BigDecimal max() {
        return kind.max();
    }

    public boolean isTotal() {
        return !parts.isEmpty();
    }
}
