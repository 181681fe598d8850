package org.nianbao.quality;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** A one-sheet XLSX: a header line, then lines of text and numbers. */
final class Sheet {

    private Sheet() {
    }

    static byte[] write(String title, List<String> header, List<? extends List<?>> lines) {
        try (Workbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            org.apache.poi.ss.usermodel.Sheet sheet = book.createSheet(title.length() > 31 ? title.substring(0, 31)
                    : title);
            Row first = sheet.createRow(0);
            for (int c = 0; c < header.size(); c++) {
                first.createCell(c).setCellValue(header.get(c));
            }
            for (int r = 0; r < lines.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<?> line = lines.get(r);
                for (int c = 0; c < line.size(); c++) {
                    Cell cell = row.createCell(c);
                    Object value = line.get(c);
                    if (value instanceof Number n) {
                        cell.setCellValue(n instanceof BigDecimal d ? d.doubleValue() : n.doubleValue());
                    } else {
                        cell.setCellValue(value == null ? "" : value.toString());
                    }
                }
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
