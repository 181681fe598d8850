package org.nianbao.statutory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A statutory table: its rows (each with its columns), its printed note and the identities its figures obey.
 *
 * @param code          the section code the table belongs to ({@code applications})
 * @param name          how messages name it (表三)
 * @param note          the note printed in the header, or null
 * @param layout        how the printed format lays the rows out
 * @param rowTotalRule  the rule id checking total rows (R2), or null
 * @param columnTotalRule the rule id checking total columns (R3, R4), or null
 * @param balances      declared identities that are not plain totals (R1)
 */
public record StatTable(String code, String name, String note, Layout layout, List<Row> rows, String rowTotalRule,
        String columnTotalRule, List<Identity> balances) {

    public enum Layout {
        /** Table 2: blocks, each with its heading and its own header line. */
        BLOCKS,
        /** Table 3: a grid, row labels on the left, column headers on top. */
        GRID,
        /** Table 4: every row's columns side by side in one printed line, row labels as header groups. */
        FLAT
    }

    public StatTable {
        rows = List.copyOf(rows);
        balances = List.copyOf(balances);
    }

    public Optional<Row> row(String rowCode) {
        return rows.stream().filter(r -> r.code().equals(rowCode)).findFirst();
    }

    /** Every column of the table once, in printed order (rows of table 2 have different columns). */
    public List<Column> columns() {
        Map<String, Column> columns = new LinkedHashMap<>();
        rows.forEach(r -> r.columns().forEach(c -> columns.putIfAbsent(c.code(), c)));
        return List.copyOf(columns.values());
    }

    public List<Cell> cells() {
        List<Cell> cells = new ArrayList<>();
        for (Row row : rows) {
            for (Column column : row.columns()) {
                cells.add(new Cell(code, row.code(), column.code()));
            }
        }
        return cells;
    }

    public boolean hasCell(String rowCode, String columnCode) {
        return row(rowCode).flatMap(r -> r.column(columnCode)).isPresent();
    }

    /** A cell is derived when its row or its column is a total. */
    public boolean isDerived(Cell cell) {
        Row row = row(cell.row()).orElseThrow();
        return row.isTotal() || row.column(cell.column()).orElseThrow().isTotal();
    }

    public ValueKind kind(Cell cell) {
        return row(cell.row()).flatMap(r -> r.column(cell.column())).orElseThrow().kind();
    }

    /** The identities of this table: the declared balances, then one per total row, then one per total column. */
    public List<Identity> identities() {
        List<Identity> identities = new ArrayList<>(balances);
        for (Row row : rows) {
            if (row.isTotal()) {
                identities.add(new Identity(rowTotalRule, Identity.Axis.ROWS, List.of(row.code()), row.parts()));
            }
        }
        for (Column column : columns()) {
            if (column.isTotal()) {
                identities.add(new Identity(columnTotalRule, Identity.Axis.COLUMNS, List.of(column.code()),
                        column.parts()));
            }
        }
        return identities;
    }
}
