package org.nianbao.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.nianbao.statutory.Cell;
import org.nianbao.statutory.Column;
import org.nianbao.statutory.Edition;
import org.nianbao.statutory.ReportContent;
import org.nianbao.statutory.Row;
import org.nianbao.statutory.StatTable;

/** The staff spreadsheet: a template per edition, and a filled one read back with precise messages. */
class XlsxTemplateTest {

    @Test
    void theTemplateLocksLabelsAndTotalsUnlocksInputsAndValidatesThem() throws Exception {
        for (Edition edition : Edition.all()) {
            try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(XlsxTemplate.of(edition)))) {
                assertThat(book.getSheet("封面").getRow(2).getCell(1).getStringCellValue()).isEqualTo(edition.id());
                XSSFSheet sheet = book.getSheet("表三");
                assertThat(sheet.getProtect()).isTrue();
                assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("一、本年新收政府信息公开申请数量");
                assertThat(sheet.getRow(1).getCell(0).getCellStyle().getLocked()).isTrue();
                assertThat(sheet.getRow(1).getCell(1).getCellStyle().getLocked()).isFalse();
                assertThat(sheet.getRow(1).getCell(7).getCellType()).isEqualTo(CellType.FORMULA);
                assertThat(sheet.getRow(1).getCell(7).getCellFormula()).isEqualTo("SUM(B2,C2,D2,E2,F2,G2)");
                assertThat(sheet.getRow(1).getCell(7).getCellStyle().getLocked()).isTrue();
                int leaves = (int) edition.table("applications").orElseThrow().cells().stream()
                        .filter(c -> !edition.isDerived(c)).count();
                assertThat(sheet.getDataValidations()).hasSize(leaves);
            }
        }
    }

    private static byte[] filled(Edition edition, ReportContent content, int year,
            Consumer<XSSFWorkbook> change) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(XlsxTemplate.of(edition)));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            book.getSheet("封面").getRow(0).getCell(1).setCellValue("陆浑镇人民政府");
            book.getSheet("封面").getRow(1).getCell(1).setCellValue(year);
            for (StatTable table : content.edition().tables()) {
                XSSFSheet sheet = book.getSheet(table.name());
                for (Row row : table.rows()) {
                    for (Column column : row.columns()) {
                        Cell cell = new Cell(table.code(), row.code(), column.code());
                        BigDecimal value = content.value(cell);
                        if (!content.edition().isDerived(cell) && value != null) {
                            var at = XlsxTemplate.address(table, row, column);
                            sheet.getRow(at.getRow()).getCell(at.getColumn()).setCellValue(value.doubleValue());
                        }
                    }
                }
            }
            change.accept(book);
            book.write(out);
            return out.toByteArray();
        }
    }

    /** What typing a number over a formula does once the sheet is unprotected (or in another spreadsheet program). */
    private static void typedOver(org.apache.poi.xssf.usermodel.XSSFCell cell) {
        cell.removeFormula();
        cell.setCellValue(5);
    }

    @Test
    void aFilledTemplateReadsBackWithTotalsComputedAndBlanksBlank() throws Exception {
        Cell blank = new Cell("applications", "denied_third_party", "research");
        ReportContent printed = PrintedReports.with(ReportReadingTest.figures(ReportReadingTest.Y2021), blank, null);
        Imported imported = Importing.read(filled(Edition.E2021, printed, 2021, b -> { }), ImportFormat.XLSX, "x");
        ReportContent expected = printed.withComputedTotals();
        assertThat(imported.content().values().keySet()).isEqualTo(expected.values().keySet());
        for (Cell cell : expected.values().keySet()) {
            assertThat(imported.content().value(cell)).as(cell.key()).isEqualByComparingTo(expected.value(cell));
        }
        assertThat(imported.content().value(blank)).isNull();
        assertThat(imported.content().agencyName()).isEqualTo("陆浑镇人民政府");
    }

    @Test
    void badSpreadsheetsGetMessagesNamingSheetAndCell() throws Exception {
        ReportContent report = ReportReadingTest.figures(ReportReadingTest.Y2021);
        assertThatThrownBy(() -> Importing.read("不是表格".getBytes(), ImportFormat.XLSX, null))
                .isInstanceOf(ImportException.class).hasMessageContaining("不是 Excel（.xlsx）文件");
        assertThatThrownBy(() -> Importing.read(filled(Edition.E2019, ReportReadingTest.figures(ReportReadingTest.Y2019),
                2021, b -> { }), ImportFormat.XLSX, null))
                .isInstanceOf(ImportException.class).hasMessageContaining("工作表「封面」B3").hasMessageContaining("2019年版");
        assertThatThrownBy(() -> Importing.read(filled(Edition.E2021, report, 2021,
                b -> b.removeSheetAt(b.getSheetIndex("表三"))), ImportFormat.XLSX, null))
                .isInstanceOf(ImportException.class).hasMessageContaining("缺少工作表「表三」");
        assertThatThrownBy(() -> Importing.read(filled(Edition.E2021, report, 2021,
                b -> b.getSheet("表三").getRow(1).getCell(1).setCellValue("三件")), ImportFormat.XLSX, null))
                .isInstanceOf(ImportException.class).hasMessageContaining("工作表「表三」B2")
                .hasMessageContaining("「三件」不是数字");
        assertThatThrownBy(() -> Importing.read(filled(Edition.E2021, report, 2021,
                b -> typedOver(b.getSheet("表三").getRow(1).getCell(7))), ImportFormat.XLSX, null))
                .isInstanceOf(ImportException.class).hasMessageContaining("工作表「表三」H2")
                .hasMessageContaining("合计");
    }
}
