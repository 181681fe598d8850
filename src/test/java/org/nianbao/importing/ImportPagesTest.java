package org.nianbao.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.nianbao.PortalTest;
import org.nianbao.StoredSession;
import org.nianbao.agency.Agency;
import org.nianbao.agency.AgencyKind;
import org.nianbao.agency.AgencyRepository;
import org.nianbao.editing.StaffFixtures;
import org.nianbao.report.Report;
import org.nianbao.report.ReportRepository;
import org.nianbao.security.Role;
import org.nianbao.security.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

@PortalTest
class ImportPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AgencyRepository agencies;

    @Autowired
    ReportRepository reports;

    @Autowired
    ReportImportRepository imports;

    @Autowired
    TransactionTemplate tx;

    private Agency agency() {
        Agency county = agencies.findByCode("songxian").orElseThrow();
        String code = "impp-" + UUID.randomUUID().toString().substring(0, 8);
        return agencies.saveAndFlush(new Agency(code, "页面导入" + code + "镇人民政府", AgencyKind.TOWNSHIP, county));
    }

    @Test
    void uploadPreviewAndConfirmPublishTheReportWithItsOriginalFile() throws Exception {
        Agency agency = agency();
        Staff publisher = StaffFixtures.staff("imp-" + agency.getCode(), Role.PUBLISHER, agency);
        String text = PrintedReports.text(ReportReadingTest.Y2021, "2022年1月25日")
                .replace("2.其他法律行政法规禁止公开", "2.其他法律行政止公开");
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        StoredSession session = new StoredSession();

        String preview = session.perform(mvc, multipart("/staff/import").file(new MockMultipartFile("file", "报告.txt",
                        "text/plain", bytes)).param("agency", agency.getCode()).with(session).with(user(publisher))
                        .with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Document page = Jsoup.parse(preview);
        assertThat(page.select("article.report h1").text()).isEqualTo("陆浑镇人民政府2021年政府信息公开工作年度报告");
        assertThat(page.select("#readas-heading + ul li").text()).contains("其他法律行政止公开");
        assertThat(page.select("#publishedOn").val()).isEqualTo("2022-01-25");
        assertThat(page.select("table").size()).isEqualTo(3);
        Boolean savedEarly = tx.execute(s -> reports.existsByAgencyAndYear(agency, 2021));
        assertThat(savedEarly).isFalse();

        session.perform(mvc, post("/staff/import/confirm").param("token", page.select("input[name=token]").val())
                        .param("publishedOn", "2022-01-25").with(session).with(user(publisher)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/reports/" + agency.getCode() + "/2021"));

        Long id = tx.execute(s -> reports.findLatestPublished(agency.getCode(), 2021).map(Report::getId).orElseThrow());
        mvc.perform(get("/staff/imports/" + id + "/original").with(user(publisher)))
                .andExpect(status().isOk())
                .andExpect(content().bytes(bytes));
    }

    @Test
    void aFileThatIsNotAReportIsRefusedBesideTheFieldAndNothingIsSaved() throws Exception {
        Agency agency = agency();
        Staff publisher = StaffFixtures.staff("imp2-" + agency.getCode(), Role.PUBLISHER, agency);
        String html = mvc.perform(multipart("/staff/import").file(new MockMultipartFile("file", "随便.txt",
                        "text/plain", "你好".getBytes(StandardCharsets.UTF_8))).param("agency", agency.getCode())
                        .with(user(publisher)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Document page = Jsoup.parse(html);
        assertThat(page.select("#file-error").text()).contains("随便.txt").contains("未找到报告标题");
        assertThat(page.select("#agency option[selected]").val()).isEqualTo(agency.getCode());

        String other = mvc.perform(multipart("/staff/import").file(new MockMultipartFile("file", "表.xlsx",
                        "application/octet-stream", new byte[] {1, 2})).param("agency", agency.getCode())
                        .with(user(publisher)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(other).select("#file-error").text()).contains("不是可导入的文件");
    }

    @Test
    void theSpreadsheetTemplateOfAnEditionIsDownloadable() throws Exception {
        Staff editor = StaffFixtures.staff("imp4", Role.EDITOR, agencies.findByCode("songxian").orElseThrow());
        byte[] file = mvc.perform(get("/staff/import/template/2019.xlsx").with(user(editor)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(file))) {
            assertThat(book.getSheet("封面").getRow(2).getCell(1).getStringCellValue()).isEqualTo("2019");
            assertThat(book.getSheet("表二")).isNotNull();
        }
        mvc.perform(get("/staff/import/template/2018.xlsx").with(user(editor))).andExpect(status().isNotFound());
    }

    @Test
    void someoneWhoMayNotPublishForTheAgencyCannotImportForIt() throws Exception {
        Agency agency = agency();
        Staff editor = StaffFixtures.staff("imp3-" + agency.getCode(), Role.EDITOR, agency);
        String html = mvc.perform(multipart("/staff/import").file(new MockMultipartFile("file", "a.txt",
                        "text/plain", PrintedReports.text(ReportReadingTest.Y2021, null).getBytes(StandardCharsets.UTF_8)))
                        .param("agency", agency.getCode()).with(user(editor)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(html).select("#agency-error").text()).contains("请选择您可以发布报告的机关");
    }
}
