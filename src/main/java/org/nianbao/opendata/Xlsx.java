package org.nianbao.opendata;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The yearly open data as an Excel workbook (Apache POI): the data sheet, numbers as numeric cells, and the schema. */
public final class Xlsx {

    private Xlsx() {
    }

    /**
     * A workbook with sheet {@code 数据} ({@code header} and {@code lines}; numbers numeric, blanks empty) and sheet
     * {@code 字段说明} describing each column.
     */
    public static byte[] write(List<String> header, List<? extends List<?>> lines, List<OpenDataSchema.Field> fields) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Sheet data = workbook.createSheet(DATA_SHEET);
            row(data, 0, header, bold);
            for (int i = 0; i < lines.size(); i++) {
                row(data, i + 1, lines.get(i), null);
            }
            data.createFreezePane(2, 1);
            schemaSheet(workbook, fields, bold);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sheet {@code 字段说明}: a line per column of the data sheet. */
    static void schemaSheet(Workbook workbook, List<OpenDataSchema.Field> fields, CellStyle bold) {
        Sheet schema = workbook.createSheet(SCHEMA_SHEET);
        row(schema, 0, SCHEMA_HEADER, bold);
        for (int i = 0; i < fields.size(); i++) {
            row(schema, i + 1, schemaLine(fields.get(i)), null);
        }
    }

    static final String DATA_SHEET = "数据";
    static final String SCHEMA_SHEET = "字段说明";
    static final List<String> SCHEMA_HEADER = List.of("字段", "表", "行", "列", "类型", "合计（由其他单元格相加）");

    /** A column of the data sheet as a line of the sheet {@code 字段说明}. */
    static List<String> schemaLine(OpenDataSchema.Field f) {
        return List.of(f.code(), f.table(), f.rowLabel(), f.columnLabel(), f.type(), f.derived() ? "是" : "");
    }

    static void row(Sheet sheet, int index, List<?> values, CellStyle style) {
        Row row = sheet.createRow(index);
        for (int c = 0; c < values.size(); c++) {
            Object value = values.get(c);
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(c);
            if (value instanceof BigDecimal d) {
                cell.setCellValue(d.doubleValue());
            } else if (value instanceof Number n) {
                cell.setCellValue(n.doubleValue());
            } else {
                cell.setCellValue(value.toString());
            }
            if (style != null) {
                cell.setCellStyle(style);
            }
        }
    }
}
