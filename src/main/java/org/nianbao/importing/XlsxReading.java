package org.nianbao.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.nianbao.statutory.Cell;
import org.nianbao.statutory.Column;
import org.nianbao.statutory.Edition;
import org.nianbao.statutory.ReportContent;
import org.nianbao.statutory.Row;
import org.nianbao.statutory.StatTable;
import org.nianbao.statutory.ValueKind;
import org.nianbao.text.Text;

/**
 * Reads a filled {@link XlsxTemplate}: the agency and year from 「封面」, every input cell of every table sheet (blank
 * stays blank), totals computed from their parts as the editor does. Every problem is reported at once, naming the
 * sheet and the cell: not an xlsx, a template of the other edition, a missing sheet or a moved label, text in a
 * number cell, a number typed over a total's formula.
 */
final class XlsxReading {

    private XlsxReading() {
    }

    static Imported read(byte[] bytes, String agencyCode) {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            return read(book, agencyCode);
        } catch (IOException | RuntimeException e) {
            if (e instanceof ImportException importException) {
                throw importException;
            }
            throw new ImportException(Text.of("import.xlsx.not-xlsx"), e);
        }
    }

    private static Imported read(XSSFWorkbook book, String agencyCode) {
        List<String> problems = new ArrayList<>();
        XSSFSheet cover = book.getSheet(XlsxTemplate.COVER);
        if (cover == null) {
            throw new ImportException(Text.of("import.xlsx.cover-missing", XlsxTemplate.COVER));
        }
        String coverName = Text.of("import.xlsx.sheet", XlsxTemplate.COVER);
        String agencyName = text(cover, XlsxTemplate.AGENCY);
        String yearText = text(cover, XlsxTemplate.YEAR);
        String editionId = text(cover, XlsxTemplate.EDITION);
        if (agencyName.isEmpty()) {
            problems.add(Text.of("import.xlsx.agency-required", coverName, XlsxTemplate.AGENCY));
        }
        Integer year = null;
        try {
            year = (int) Double.parseDouble(yearText);
        } catch (NumberFormatException e) {
            problems.add(Text.of("import.xlsx.year-invalid", coverName, XlsxTemplate.YEAR, yearText));
        }
        Edition edition = year == null ? null : Edition.forYear(year).orElse(null);
        if (year != null && edition == null) {
            problems.add(Text.of("import.xlsx.year-without-edition", coverName, XlsxTemplate.YEAR, year));
        }
        if (edition != null && !edition.id().equals(editionId)) {
            throw new ImportException(Text.of("import.xlsx.other-edition", coverName, XlsxTemplate.EDITION, editionId,
                    year, edition.toString()));
        }
        if (edition == null) {
            throw new ImportException(String.join("；", problems));
        }
        Map<Cell, BigDecimal> values = new HashMap<>();
        for (StatTable table : edition.tables()) {
            XSSFSheet sheet = book.getSheet(XlsxTemplate.sheetName(table));
            if (sheet == null) {
                problems.add(Text.of("import.xlsx.sheet-missing", XlsxTemplate.sheetName(table)));
                continue;
            }
            readTable(edition, table, sheet, values, problems);
        }
        if (!problems.isEmpty()) {
            throw new ImportException(String.join("；", problems));
        }
        ReportContent content = new ReportContent(agencyCode, agencyName, year, edition, Map.of(), values)
                .withComputedTotals();
        return new Imported(content, null, List.of());
    }

    private static void readTable(Edition edition, StatTable table, XSSFSheet sheet, Map<Cell, BigDecimal> values,
            List<String> problems) {
        String name = Text.of("import.xlsx.sheet", sheet.getSheetName());
        for (Row row : table.rows()) {
            int r = table.rows().indexOf(row) + 1;
            XSSFRow line = sheet.getRow(r);
            String label = line == null || line.getCell(0) == null ? "" : line.getCell(0).toString().strip();
            if (!label.equals(row.fullLabel())) {
                problems.add(Text.of("import.xlsx.label-moved", name, new CellAddress(r, 0).formatAsString(),
                        row.fullLabel(), label));
                continue;
            }
            for (Column column : row.columns()) {
                CellAddress at = XlsxTemplate.address(table, row, column);
                XSSFCell cell = line.getCell(at.getColumn());
                Cell target = new Cell(table.code(), row.code(), column.code());
                String where = name + at.formatAsString() + "（" + edition.cellName(target) + "）";
                if (row.isTotal() || column.isTotal()) {
                    if (cell != null && cell.getCellType() != CellType.FORMULA && cell.getCellType() != CellType.BLANK) {
                        problems.add(Text.of("import.xlsx.total-typed", where));
                    }
                    continue;
                }
                if (cell == null || cell.getCellType() == CellType.BLANK) {
                    continue;
                }
                if (cell.getCellType() == CellType.NUMERIC) {
                    BigDecimal value = new BigDecimal(Double.toString(cell.getNumericCellValue())).stripTrailingZeros();
                    if (column.kind().isCount() && value.scale() > 0) {
                        problems.add(Text.of("import.xlsx.not-integer", where, value.toPlainString()));
                    } else if (column.kind() != ValueKind.SIGNED_COUNT && value.signum() < 0) {
                        problems.add(Text.of("import.xlsx.negative", where, value.toPlainString()));
                    } else {
                        values.put(target, value);
                    }
                } else {
                    String printed = cell.toString().strip();
                    PrintedValue value = PrintedValue.of(printed);
                    if (value.value() != null && value.note() == null) {
                        values.put(target, value.value());
                    } else if (!printed.isEmpty()) {
                        problems.add(Text.of("import.xlsx.not-a-number", where, printed));
                    }
                }
            }
        }
    }

    private static String text(XSSFSheet sheet, String address) {
        CellAddress at = new CellAddress(address);
        XSSFRow row = sheet.getRow(at.getRow());
        XSSFCell cell = row == null ? null : row.getCell(at.getColumn());
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.NUMERIC) {
            return new BigDecimal(Double.toString(cell.getNumericCellValue())).stripTrailingZeros().toPlainString();
        }
        return cell.toString().strip();
    }
}
