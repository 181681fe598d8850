package org.nianbao.statutory;

/** One cell of a statutory table, named by the spec's codes. */
public record Cell(String table, String row, String column) {

    /** A stable textual key, {@code table.row.column}, used for form fields, CSV columns and element ids. */
    public String key() {
        return table + "." + row + "." + column;
    }

    @Override
    public String toString() {
        return key();
    }
}
