package org.nianbao.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.nianbao.statutory.Column;
import org.nianbao.statutory.Edition;
import org.nianbao.statutory.Row;
import org.nianbao.statutory.StatTable;
import org.nianbao.statutory.ValueKind;

/**
 * The staff spreadsheet of an edition: a sheet 「封面」 (agency, year, edition) and one sheet per statutory table, a
 * grid of its rows (column A, full printed labels) by its columns (row 1). Labels are locked, input cells unlocked
 * with data validation (whole numbers; 本年增/减 may be negative; amounts decimal), totals are SUM formulas and
 * locked, cells a row does not have are locked and grey. Every sheet is protected (without a password: protection
 * keeps the layout, not a secret). {@link XlsxReading} reads a filled one back.
 */
public final class XlsxTemplate {

    static final String COVER = "封面";
    static final String AGENCY = "B1";
    static final String YEAR = "B2";
    static final String EDITION = "B3";

    private XlsxTemplate() {
    }

    /** The sheet of {@code table}: its name in the report (表二, 表三, 表四). */
    static String sheetName(StatTable table) {
        return table.name();
    }

    /** The address of a value cell: rows start at 2 (row 1 holds the column labels), columns at B. */
    static CellAddress address(StatTable table, Row row, Column column) {
        return new CellAddress(table.rows().indexOf(row) + 1, table.columns().indexOf(column) + 1);
    }

    public static byte[] of(Edition edition) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle locked = book.createCellStyle();
            locked.setLocked(true);
            CellStyle input = book.createCellStyle();
            input.setLocked(false);
            CellStyle absent = book.createCellStyle();
            absent.setLocked(true);
            absent.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            absent.setFillPattern(FillPatternType.SOLID_FOREGROUND);

            XSSFSheet cover = book.createSheet(COVER);
            String[][] lines = {{"机关名称", ""}, {"年度", ""}, {"版式", edition.id()}};
            for (int r = 0; r < lines.length; r++) {
                XSSFRow row = cover.createRow(r);
                row.createCell(0).setCellValue(lines[r][0]);
                var value = row.createCell(1);
                value.setCellValue(lines[r][1]);
                value.setCellStyle(r < 2 ? input : locked);
            }
            cover.setColumnWidth(0, 12 * 256);
            cover.setColumnWidth(1, 40 * 256);
            cover.protectSheet("");

            for (StatTable table : edition.tables()) {
                sheet(book, table, locked, input, absent);
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sheet(XSSFWorkbook book, StatTable table, CellStyle locked, CellStyle input,
            CellStyle absent) {
        XSSFSheet sheet = book.createSheet(sheetName(table));
        List<Column> columns = table.columns();
        XSSFRow head = sheet.createRow(0);
        head.createCell(0).setCellValue(table.name());
        for (int c = 0; c < columns.size(); c++) {
            head.createCell(c + 1).setCellValue(String.join(" ", columns.get(c).groups()) + " "
                    + columns.get(c).label());
            sheet.setColumnWidth(c + 1, 14 * 256);
        }
        sheet.setColumnWidth(0, 60 * 256);
        DataValidationHelper validations = sheet.getDataValidationHelper();
        for (Row row : table.rows()) {
            XSSFRow line = sheet.createRow(table.rows().indexOf(row) + 1);
            line.createCell(0).setCellValue(row.fullLabel());
            for (Column column : columns) {
                CellAddress at = address(table, row, column);
                var cell = line.createCell(at.getColumn());
                if (row.column(column.code()).isEmpty()) {
                    cell.setCellStyle(absent);
                } else if (row.isTotal() || column.isTotal()) {
                    cell.setCellFormula(formula(table, row, column));
                    cell.setCellStyle(locked);
                } else {
                    cell.setCellStyle(input);
                    ValueKind kind = column.kind();
                    DataValidationConstraint constraint = kind == ValueKind.AMOUNT
                            ? validations.createDecimalConstraint(DataValidationConstraint.OperatorType.GREATER_OR_EQUAL,
                                    "0", null)
                            : validations.createIntegerConstraint(kind == ValueKind.SIGNED_COUNT
                                    ? DataValidationConstraint.OperatorType.BETWEEN
                                    : DataValidationConstraint.OperatorType.GREATER_OR_EQUAL,
                                    kind == ValueKind.SIGNED_COUNT ? "-999999999" : "0",
                                    kind == ValueKind.SIGNED_COUNT ? "999999999" : null);
                    DataValidation validation = validations.createValidation(constraint,
                            new CellRangeAddressList(at.getRow(), at.getRow(), at.getColumn(), at.getColumn()));
                    validation.setShowErrorBox(true);
                    validation.createErrorBox("不是有效的数字", kind == ValueKind.AMOUNT ? "请填写不小于 0 的金额"
                            : kind == ValueKind.SIGNED_COUNT ? "请填写整数" : "请填写不小于 0 的整数");
                    sheet.addValidationData(validation);
                }
            }
        }
        sheet.protectSheet("");
    }

    /** The SUM of a total cell's parts: a total row sums its part rows, a total column its part columns. */
    private static String formula(StatTable table, Row row, Column column) {
        List<String> parts;
        if (row.isTotal()) {
            parts = row.parts().stream().map(p -> address(table, table.row(p).orElseThrow(), column).formatAsString())
                    .toList();
        } else {
            parts = column.parts().stream().map(p -> address(table, row, row.column(p).orElseThrow())
                    .formatAsString()).toList();
        }
        return "SUM(" + String.join(",", parts) + ")";
    }
}
