package org.nianbao.statutory;

import java.util.List;
import java.util.Optional;

/**
 * A statutory row. {@code labels} is the printed label path, outermost first
 * (e.g. 三、本年度办理结果 / （三）不予公开 / 1.属于国家秘密); {@code shortLabel} names the row in messages
 * (第三项（七）总计). {@code block} is the heading of the row's block in table 2 (第二十条第（一）项), else null.
 * A row with {@code parts} is a derived total: the sum of those rows in every column. {@code group} is the numbered
 * group the row belongs to (表三's outcome （三）不予公开), or null.
 */
public record Row(String code, List<String> labels, String shortLabel, String block, List<Column> columns,
        List<String> parts, Group group) {

    public Row {
        labels = List.copyOf(labels);
        columns = List.copyOf(columns);
        parts = List.copyOf(parts);
    }

    /** A row outside any group. */
    public Row(String code, List<String> labels, String shortLabel, String block, List<Column> columns,
            List<String> parts) {
        this(code, labels, shortLabel, block, columns, parts, null);
    }

    public String label() {
        return labels.get(labels.size() - 1);
    }

    /** The full printed label, its levels joined by a space. */
    public String fullLabel() {
        return String.join(" ", labels);
    }

    public boolean isTotal() {
        return !parts.isEmpty();
    }

    public Optional<Column> column(String columnCode) {
        return columns.stream().filter(c -> c.code().equals(columnCode)).findFirst();
    }
}
