package org.nianbao.opendata;

import java.util.ArrayList;
import java.util.List;
import org.nianbao.statutory.Cell;
import org.nianbao.statutory.Column;
import org.nianbao.statutory.Edition;
import org.nianbao.statutory.Row;
import org.nianbao.statutory.Section;
import org.nianbao.statutory.StatTable;
import org.nianbao.statutory.ValueKind;

/**
 * The columns of the open-data files, generated from the edition declarations: six columns saying which report a
 * line is, then one column per statutory cell named by its {@link Cell#key()} ({@code applications.received.total}).
 */
public final class OpenDataSchema {

    /** A column of the yearly files, or a line of the per-report file, and what it means. */
    public record Field(String code, String table, String rowLabel, String columnLabel, String type,
            boolean derived) {
    }

    /** The columns that identify the report, before the cells. */
    public static final List<Field> REPORT_COLUMNS = List.of(
            meta("agency_code", "机关代码（本站地址中的机关标识）", "文本"),
            meta("agency_name", "机关名称", "文本"),
            meta("year", "报告年度", "整数"),
            meta("edition", "报告格式版本（2019：国办公开办函〔2019〕60号；2021：国办公开办函〔2021〕30号）", "文本"),
            meta("revision", "版本号（更正后发布的新版本递增，文件中为最新版本）", "整数"),
            meta("published_at", "本版本发布时间（ISO 8601，北京时间）", "日期时间"));

    /** The header of the per-report file (one line per cell). */
    public static final List<String> CELL_LINE_HEADER = List.of("table", "row", "column", "row_label", "column_label",
            "value", "revision", "published_at", "supersedes", "correction_note");

    private OpenDataSchema() {
    }

    /** Every cell of {@code edition}, in printed order, described. */
    public static List<Field> cells(Edition edition) {
        List<Field> fields = new ArrayList<>();
        for (Section section : edition.sections()) {
            StatTable table = section.table();
            if (table == null) {
                continue;
            }
            for (Row row : table.rows()) {
                for (Column column : row.columns()) {
                    Cell cell = new Cell(table.code(), row.code(), column.code());
                    fields.add(new Field(cell.key(), table.name() + " " + section.heading().substring(2),
                            rowLabel(row), columnLabel(column), type(column.kind()), edition.isDerived(cell)));
                }
            }
        }
        return fields;
    }

    /** The header of the yearly files for reports in {@code edition}. */
    public static List<String> header(Edition edition) {
        List<String> header = new ArrayList<>();
        REPORT_COLUMNS.forEach(f -> header.add(f.code()));
        cells(edition).forEach(f -> header.add(f.code()));
        return header;
    }

    /** The printed row label, its levels joined by “ / ” (with the 表二 block heading first where there is one). */
    public static String rowLabel(Row row) {
        String labels = String.join(" / ", row.labels());
        return row.block() == null ? labels : row.block() + " / " + labels;
    }

    /** The printed column label with the merged headers above it. */
    public static String columnLabel(Column column) {
        List<String> path = new ArrayList<>(column.groups());
        path.add(column.label());
        return String.join(" / ", path);
    }

    private static String type(ValueKind kind) {
        return switch (kind) {
            case COUNT -> "非负整数";
            case SIGNED_COUNT -> "整数（可为负数）";
            case AMOUNT -> "金额（万元，最多6位小数）";
        };
    }

    private static Field meta(String code, String description, String type) {
        return new Field(code, "", description, "", type, false);
    }
}
