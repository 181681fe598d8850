package org.nianbao.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The streamed workbook is a workbook Excel (here POI) reads: sheets, types, blanks, odd text, bold, frozen panes. */
class XlsxStreamTest {

    @Test
    void whatIsWrittenIsReadBack() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsxStream xlsx = new XlsxStream(out, List.of("数据", "字段说明"));
        xlsx.sheet(2, 1);
        xlsx.row(List.of("机关", "年度", "金额"), true);
        xlsx.row(Arrays.asList("A&B <机关> \"引号\" 😀\u0000\u0007", 2021, new BigDecimal("1234.123456")), false);
        xlsx.row(Arrays.asList(" 前后空格 ", null, new BigDecimal("0")), false);
        xlsx.sheet(0, 0);
        xlsx.row(List.of("字段"), true);
        xlsx.finish();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
            var data = workbook.getSheetAt(0);
            assertThat(data.getSheetName()).isEqualTo("数据");
            assertThat(data.getPaneInformation().isFreezePane()).isTrue();
            assertThat(data.getPaneInformation().getVerticalSplitLeftColumn()).isEqualTo((short) 2);
            assertThat(data.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 1);
            assertThat(data.getRow(0).getCell(2).getStringCellValue()).isEqualTo("金额");
            assertThat(data.getRow(0).getCell(2).getCellStyle().getFont().getBold()).isTrue();
            assertThat(data.getRow(1).getCell(0).getStringCellValue()).isEqualTo("A&B <机关> \"引号\" 😀");
            assertThat(data.getRow(1).getCell(0).getCellStyle().getFont().getBold()).isFalse();
            assertThat(data.getRow(1).getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(data.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(2021);
            assertThat(data.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(1234.123456);
            assertThat(data.getRow(2).getCell(0).getStringCellValue()).isEqualTo(" 前后空格 ");
            assertThat(data.getRow(2).getCell(1)).isNull(); // blank stays blank, never 0
            assertThat(data.getRow(2).getCell(2).getNumericCellValue()).isZero();
            assertThat(data.getLastRowNum()).isEqualTo(2);
            var schema = workbook.getSheetAt(1);
            assertThat(schema.getSheetName()).isEqualTo("字段说明");
            assertThat(schema.getPaneInformation()).isNull();
            assertThat(schema.getRow(0).getCell(0).getStringCellValue()).isEqualTo("字段");
        }
    }

    @Test
    void theSameRowsGiveTheSameBytesWhenever() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsxStream xlsx = new XlsxStream(out, List.of("数据"));
        xlsx.sheet(1, 1);
        xlsx.row(List.of("机关", "年度"), true);
        xlsx.finish();
        List<LocalDateTime> times = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                times.add(entry.getTimeLocal());
            }
        }
        // not the time of writing: a download a second later would differ from this one under the same ETag
        assertThat(times).hasSizeGreaterThan(4).containsOnly(LocalDateTime.of(1980, 1, 1, 0, 0));
    }

    @Test
    void theWorkbooksPartsLeaveBeforeAnyRow() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsxStream xlsx = new XlsxStream(out, List.of("数据"));
        assertThat(out.size()).isPositive();
        assertThat(out.toString(StandardCharsets.ISO_8859_1)).startsWith("PK").contains("xl/workbook.xml");
        xlsx.finish();
    }

    @Test
    void anUnfinishedWorkbookIsNoWorkbook() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsxStream xlsx = new XlsxStream(out, List.of("数据"));
        xlsx.sheet(2, 1);
        xlsx.row(List.of("机关"), true);
        xlsx.flush(); // the rows could not all be read: finish() is never called
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))).isInstanceOf(Exception.class);
    }

    @Test
    void columnsAreLettered() {
        assertThat(List.of(0, 1, 25, 26, 27, 51, 52, 701, 702).stream().map(XlsxStream::column))
                .containsExactly("A", "B", "Z", "AA", "AB", "AZ", "BA", "ZZ", "AAA");
    }
}
