package org.nianbao.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.nianbao.StoredSession;
import org.nianbao.agency.Agency;
import org.nianbao.agency.AgencyKind;
import org.nianbao.agency.AgencyRepository;
import org.nianbao.audit.AuditEvent;
import org.nianbao.audit.AuditLog;
import org.nianbao.editing.StaffFixtures;
import org.nianbao.report.Report;
import org.nianbao.report.ReportRepository;
import org.nianbao.security.Role;
import org.nianbao.security.Staff;
import org.nianbao.statutory.Cell;
import org.nianbao.statutory.Column;
import org.nianbao.statutory.Edition;
import org.nianbao.statutory.ReportContent;
import org.nianbao.statutory.Row;
import org.nianbao.statutory.StatTable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** 「从 Excel 导入」 on a draft: preview without saving, confirm replaces the tables only, bad files named by cell. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class DraftImportPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AgencyRepository agencies;

    @Autowired
    ReportRepository reports;

    @Autowired
    AuditLog auditLog;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    Clock clock;

    record Fixture(Agency agency, long reportId, Staff editor, int year) {
    }

    private Fixture draft() {
        Agency county = agencies.findByCode("songxian").orElseThrow();
        String code = "i10d-" + UUID.randomUUID().toString().substring(0, 8);
        Agency agency = agencies.saveAndFlush(new Agency(code, "表格导入" + code + "镇人民政府", AgencyKind.TOWNSHIP, county));
        int year = LocalDate.now(clock).getYear() - 1;
        long id = tx.execute(s -> {
            Report report = reports.saveAndFlush(new Report(agency, year));
            ReportContent content = report.content();
            report.replaceContent(new ReportContent(content.agencyCode(), content.agencyName(), year,
                    content.edition(), ReportContent.sections("草稿的总体情况。", "存在的问题。", "其他事项。"),
                    Map.of(new Cell("applications", "received", "natural_person"), BigDecimal.valueOf(999))),
                    java.time.Instant.now());
            return reports.saveAndFlush(report).getId();
        });
        return new Fixture(agency, id, StaffFixtures.staff("i10d-" + code, Role.EDITOR, agency), year);
    }

    /** The edition's template with the cover and every input cell of {@code content} filled, then {@code change}d. */
    static byte[] filled(Edition template, String agencyName, int year, ReportContent content,
            Consumer<XSSFWorkbook> change) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(XlsxTemplate.of(template)));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            book.getSheet("封面").getRow(0).getCell(1).setCellValue(agencyName);
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

    private MockMultipartFile xlsx(String name, byte[] bytes) {
        return new MockMultipartFile("file", name, "application/octet-stream", bytes);
    }

    @Test
    void aFilledSpreadsheetIsPreviewedThenReplacesTheDraftsTablesOnlyOnConfirmation() throws Exception {
        Fixture f = draft();
        Cell blank = new Cell("applications", "denied_third_party", "research");
        ReportContent sheet = PrintedReports.with(ReportReadingTest.figures(ReportReadingTest.Y2021), blank, null);
        byte[] bytes = filled(Edition.E2021, f.agency().getName(), f.year(), sheet, b -> { });
        StoredSession session = new StoredSession();

        String report = mvc.perform(get("/staff/reports/" + f.reportId()).with(user(f.editor())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(report).select("a.draft-import").attr("href"))
                .isEqualTo("/staff/reports/" + f.reportId() + "/import");

        String html = session.perform(mvc, multipart("/staff/reports/" + f.reportId() + "/import")
                        .file(xlsx("表格.xlsx", bytes)).with(session).with(user(f.editor())).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Document preview = Jsoup.parse(html);
        assertThat(preview.select(".preview-banner").text()).contains("表格.xlsx").contains("尚未保存");
        assertThat(preview.select("article.report table")).hasSize(3);
        assertThat(preview.select("article.report").text()).contains("草稿的总体情况。");
        ReportContent unchanged = tx.execute(s -> reports.findById(f.reportId()).orElseThrow().content());
        assertThat(unchanged.value("applications", "received", "natural_person")).isEqualByComparingTo("999");

        session.perform(mvc, post("/staff/reports/" + f.reportId() + "/import/confirm")
                        .param("token", preview.select("input[name=token]").val())
                        .with(session).with(user(f.editor())).with(csrf()))
                .andExpect(redirectedUrl("/staff/reports/" + f.reportId()));

        ReportContent saved = tx.execute(s -> reports.findById(f.reportId()).orElseThrow().content());
        ReportContent expected = sheet.withComputedTotals();
        assertThat(saved.values().keySet()).isEqualTo(expected.values().keySet());
        for (Cell cell : expected.values().keySet()) {
            assertThat(saved.value(cell)).as(cell.key()).isEqualByComparingTo(expected.value(cell));
        }
        assertThat(saved.value(blank)).isNull();
        assertThat(saved.section("overview")).isEqualTo("草稿的总体情况。");
        assertThat(saved.section("other_matters")).isEqualTo("其他事项。");
        var events = tx.execute(s -> auditLog.forReport(f.reportId()));
        assertThat(events).anyMatch(e -> e.getComment() != null && e.getComment().contains("从 Excel 导入表格（表格.xlsx）"));
        assertThat(events).anyMatch(e -> "applications.received.natural_person".equals(e.getTarget())
                && "999".equals(e.getOldValue()));
        assertThat(events).map(AuditEvent::getUsername).contains(f.editor().username());
    }

    @Test
    void badSpreadsheetsAreRefusedBesideTheFieldNamingSheetAndCellAndNothingIsSaved() throws Exception {
        Fixture f = draft();
        ReportContent sheet = ReportReadingTest.figures(ReportReadingTest.Y2021);
        String name = f.agency().getName();
        Map<String, byte[]> files = new java.util.LinkedHashMap<>();
        Map<String, String> expected = new java.util.LinkedHashMap<>();
        files.put("不是表格.xlsx", "不是表格".getBytes());
        expected.put("不是表格.xlsx", "不是 Excel（.xlsx）文件");
        files.put("旧版.xlsx", filled(Edition.E2019, name, f.year(), ReportReadingTest.figures(ReportReadingTest.Y2019),
                b -> { }));
        expected.put("旧版.xlsx", "工作表「封面」B3：这是2019年版的模板");
        files.put("缺表.xlsx", filled(Edition.E2021, name, f.year(), sheet, b -> b.removeSheetAt(b.getSheetIndex("表三"))));
        expected.put("缺表.xlsx", "缺少工作表「表三」");
        files.put("文字.xlsx", filled(Edition.E2021, name, f.year(), sheet,
                b -> b.getSheet("表三").getRow(1).getCell(1).setCellValue("三件")));
        expected.put("文字.xlsx", "工作表「表三」B2");
        files.put("合计.xlsx", filled(Edition.E2021, name, f.year(), sheet, b -> {
            var cell = b.getSheet("表三").getRow(1).getCell(7);
            cell.removeFormula();
            cell.setCellValue(5);
        }));
        expected.put("合计.xlsx", "工作表「表三」H2");
        files.put("别的年度.xlsx", filled(Edition.E2021, name, f.year() - 1, sheet, b -> { }));
        expected.put("别的年度.xlsx", "工作表「封面」B2：年度是 " + (f.year() - 1));
        files.put("别的机关.xlsx", filled(Edition.E2021, "别的镇人民政府", f.year(), sheet, b -> { }));
        expected.put("别的机关.xlsx", "工作表「封面」B1：机关名称是「别的镇人民政府」");
        files.put("报告.docx", new byte[] {1, 2, 3});
        expected.put("报告.docx", "不是 Excel（.xlsx）文件");

        for (var file : files.entrySet()) {
            String html = mvc.perform(multipart("/staff/reports/" + f.reportId() + "/import")
                            .file(xlsx(file.getKey(), file.getValue())).with(user(f.editor())).with(csrf()))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            Document page = Jsoup.parse(html);
            assertThat(page.select("#file-error").text()).as(file.getKey()).contains("「" + file.getKey() + "」")
                    .contains(expected.get(file.getKey()));
            assertThat(page.select("input[name=token]")).as(file.getKey()).isEmpty();
        }
        assertThat(mvc.perform(multipart("/staff/reports/" + f.reportId() + "/import")
                        .file(xlsx("文字.xlsx", files.get("文字.xlsx"))).with(user(f.editor())).with(csrf()))
                .andReturn().getResponse().getContentAsString()).contains("「三件」不是数字");
        ReportContent unchanged = tx.execute(s -> reports.findById(f.reportId()).orElseThrow().content());
        assertThat(unchanged.value("applications", "received", "natural_person")).isEqualByComparingTo("999");
    }
}
