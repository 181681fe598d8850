package org.nianbao.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nianbao.PortalTest;
import org.nianbao.agency.AgencyRepository;
import org.nianbao.report.ReportRepository;
import org.nianbao.statutory.Cell;
import org.nianbao.statutory.Edition;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/** The open-data downloads and their documentation, on the demo data. */
@PortalTest
@ExtendWith(FixedClock.class)
class OpenDataTest {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @Autowired
    MockMvc mvc;

    @Autowired
    ReportRepository reports;

    @Autowired
    AgencyRepository agencies;

    private int published(int year) {
        return (int) reports.findLatestPublished().stream().filter(r -> r.getYear() == year).count();
    }

    private byte[] download(String url, String type) throws Exception {
        return mvc.perform(get(url)).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(type))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")))
                .andReturn().getResponse().getContentAsByteArray();
    }

    private static List<String> lines(byte[] csv) {
        assertThat(Arrays.copyOf(csv, 3)).isEqualTo(BOM);
        return List.of(new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8).split("\r\n"));
    }

    @Test
    void aReportAsOneLinePerCell() throws Exception {
        List<String> lines = lines(download("/reports/songxian-tianhu/2021.csv", "text/csv"));
        assertThat(lines.get(0)).isEqualTo("table,row,column,row_label,column_label,value,revision,published_at,"
                + "supersedes,correction_note");
        assertThat(lines).hasSize(1 + Edition.E2021.cells().size());
        assertThat(lines).anyMatch(l -> l.startsWith(
                "proactive,fees,amount,第二十条第（八）项 / 行政事业性收费,本年收费金额（单位：万元）,0.35,1,"));
        assertThat(lines).anyMatch(l -> l.startsWith(
                "applications,received,total,一、本年新收政府信息公开申请数量,申请人情况 / 总计,5,1,"));
        mvc.perform(get("/reports/nowhere/2021.csv")).andExpect(status().isNotFound());
    }

    @Test
    void aYearAsOneLinePerAgencyAndOneColumnPerCell() throws Exception {
        List<String> lines = lines(download("/open-data/2021.csv", "text/csv"));
        List<String> header = List.of(lines.get(0).split(","));
        assertThat(header.subList(0, 6)).containsExactly("agency_code", "agency_name", "year", "edition", "revision",
                "published_at");
        assertThat(header.subList(6, header.size()))
                .containsExactlyElementsOf(Edition.E2021.cells().stream().map(Cell::key).toList());
        assertThat(lines).hasSize(1 + published(2021));
        List<String> tianhu = lines.stream().filter(l -> l.startsWith("songxian-tianhu,"))
                .map(l -> List.of(l.split(",", -1))).findFirst().orElseThrow();
        assertThat(tianhu.subList(0, 6)).containsExactly("songxian-tianhu", "田湖镇人民政府", "2021", "2021", "1",
                "2022-01-28T16:20:00+08:00");
        assertThat(tianhu.get(header.indexOf("applications.received.total"))).isEqualTo("5");
        assertThat(lines(download("/open-data/2020.csv", "text/csv")).get(0))
                .contains("proactive.procurement.amount").doesNotContain("other_no_correction");
        assertThat(lines(download("/open-data/2024.csv", "text/csv"))).hasSize(1 + published(2024));
        mvc.perform(get("/open-data/2018.csv")).andExpect(status().isNotFound());
        mvc.perform(get("/open-data/2026.xlsx")).andExpect(status().isNotFound());
    }

    @Test
    @Transactional
    void agencyNamesThatLookLikeFormulasAreInertInTheYearFile() throws Exception {
        String[] names = {"=1+1镇", "+1镇", "-1镇", "@SUM镇", "\t=1镇"};
        for (int i = 0; i < names.length; i++) {
            PublishedFixtures.publish(agencies, reports, "songxian-formula" + i, names[i], 2022, "公式。",
                    Instant.parse("2023-01-20T00:00:00Z"));
        }
        List<String> lines = lines(download("/open-data/2022.csv", "text/csv"));
        for (int i = 0; i < names.length; i++) {
            String expected = "songxian-formula" + i + ",'" + names[i] + ",2022,";
            assertThat(lines).anyMatch(l -> l.startsWith(expected));
        }
    }

    @Test
    void theXlsxHasNumbersAsNumericCells() throws Exception {
        byte[] xlsx = download("/open-data/2021.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet data = book.getSheet("数据");
            Row header = data.getRow(0);
            int received = -1;
            int fees = -1;
            for (var cell : header) {
                if (cell.getStringCellValue().equals("applications.received.total")) {
                    received = cell.getColumnIndex();
                }
                if (cell.getStringCellValue().equals("proactive.fees.amount")) {
                    fees = cell.getColumnIndex();
                }
            }
            assertThat(data.getLastRowNum()).isEqualTo(published(2021));
            Row tianhu = null;
            for (Row row : data) {
                if (row.getCell(0).getStringCellValue().equals("songxian-tianhu")) {
                    tianhu = row;
                }
            }
            assertThat(tianhu.getCell(received).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(tianhu.getCell(received).getNumericCellValue()).isEqualTo(5.0);
            assertThat(tianhu.getCell(fees).getNumericCellValue()).isEqualTo(0.35);
            assertThat(book.getSheet("字段说明").getLastRowNum()).isEqualTo(6 + Edition.E2021.cells().size());
        }
    }

    @Test
    void thePageDocumentsBothEditionsAndTheLicence() throws Exception {
        Document doc = Jsoup.parse(mvc.perform(get("/open-data")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString());
        assertThat(doc.select("#licence-heading + p").text()).contains("CC BY 4.0").contains("请注明来源");
        assertThat(doc.select("#edition-2019 + .table-scroll tbody th").eachText())
                .containsExactlyElementsOf(Edition.E2019.cells().stream().map(Cell::key).toList());
        assertThat(doc.select("#edition-2021 + .table-scroll tbody th").eachText())
                .containsExactlyElementsOf(Edition.E2021.cells().stream().map(Cell::key).toList());
        assertThat(doc.select("a[href=/open-data/2021.xlsx]")).hasSize(1);
    }
}
