package org.nianbao.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.nianbao.StoredSession;
import org.nianbao.agency.Agency;
import org.nianbao.agency.AgencyKind;
import org.nianbao.agency.AgencyRepository;
import org.nianbao.editing.StaffFixtures;
import org.nianbao.report.Report;
import org.nianbao.report.ReportRepository;
import org.nianbao.report.ReportStatus;
import org.nianbao.security.Role;
import org.nianbao.security.Staff;
import org.nianbao.statutory.ReportContent;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A county office imports a .zip of its agencies' reports: each file read and matched in the background, the list
 * corrected and confirmed → published historical revisions marked 导入; a cancelled batch saves nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class BatchImportTest {

    private static final String CHARACTERS = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥";

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

    final StoredSession session = new StoredSession();

    record County(Agency county, Agency a, Agency b, Staff office) {
    }

    private County county() {
        Random random = new Random();
        StringBuilder sfx = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            sfx.append(CHARACTERS.charAt(random.nextInt(CHARACTERS.length())));
        }
        String code = "i10b-" + Integer.toHexString(random.nextInt(1 << 30));
        Agency county = agencies.saveAndFlush(new Agency(code, "批量" + sfx + "县人民政府", AgencyKind.COUNTY,
                agencies.findByCode("luoyang").orElse(null)));
        Agency a = agencies.saveAndFlush(new Agency(code + "-a", "甲" + sfx + "镇人民政府", AgencyKind.TOWNSHIP, county));
        Agency b = agencies.saveAndFlush(new Agency(code + "-b", "乙" + sfx + "镇人民政府", AgencyKind.TOWNSHIP, county));
        return new County(county, a, b, StaffFixtures.staff("office-" + code, Role.PUBLISHER, county));
    }

    private static ReportContent named(ReportContent report, String agencyName) {
        return new ReportContent(null, agencyName, report.year(), report.edition(), report.sections(),
                report.values());
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private String upload(County c, byte[] zip) throws Exception {
        String location = session.perform(mvc, multipart("/staff/import/batch")
                        .file(new MockMultipartFile("files", "年报.zip", "application/zip", zip))
                        .with(session).with(user(c.office())).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/staff/import/batches/");
        return location;
    }

    private JsonNode waitFor(County c, String batch, Set<String> states) throws Exception {
        Instant until = Instant.now().plus(Duration.ofMinutes(3));
        while (true) {
            String json = session.perform(mvc, get(batch + "/status").with(session).with(user(c.office())))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            JsonNode status = JsonMapper.builder().build().readTree(json);
            if (states.contains(status.get("state").asString())) {
                return status;
            }
            assertThat(Instant.now()).as("batch still " + status).isBefore(until);
            Thread.sleep(200);
        }
    }

    private Document page(County c, String batch) throws Exception {
        return Jsoup.parse(session.perform(mvc, get(batch).with(session).with(user(c.office())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private boolean saved(Agency agency, int year) {
        return Boolean.TRUE.equals(tx.execute(s -> reports.existsByAgencyAndYear(agency, year)));
    }

    @Test
    void aZipOfReportsIsReadMatchedCorrectedAndSavedAsPublishedImports() throws Exception {
        County c = county();
        byte[] zip = ZipIntakeTest.zip("GBK",
                "2021年/甲镇2021.txt", utf8(PrintedReports.text(named(ReportReadingTest.Y2021, c.a().getName()),
                        "2022年1月20日")),
                "2020年/乙镇2020.html", utf8(PrintedReports.html(named(ReportReadingTest.Y2019, c.b().getName()),
                        "2021年1月25日")),
                "损坏.pdf", utf8("这不是 PDF"),
                "未知.txt", utf8(PrintedReports.text(named(ReportReadingTest.Y2021, "不存在镇人民政府"), "2022年1月26日")),
                "甲镇2020.txt", utf8(PrintedReports.text(named(ReportReadingTest.Y2019, c.county().getName()
                        .replace("人民政府", "") + c.a().getName()), "2021年1月28日")),
                "../越界.txt", utf8("x"));

        String batch = upload(c, zip);
        JsonNode ready = waitFor(c, batch, Set.of("READY"));
        assertThat(ready.get("total").asInt()).isEqualTo(6);
        assertThat(ready.get("done").asInt()).isEqualTo(6);
        assertThat(saved(c.a(), 2021) || saved(c.b(), 2020)).as("nothing saved before confirmation").isFalse();

        Document list = page(c, batch);
        List<Element> rows = list.select("table.batch-files tbody tr");
        assertThat(rows).extracting(r -> r.selectFirst(".file-name").text()).containsExactly("2021年/甲镇2021.txt",
                "2020年/乙镇2020.html", "损坏.pdf", "未知.txt", "甲镇2020.txt", "../越界.txt");
        assertThat(rows.get(0).select("option[selected]").val()).isEqualTo(c.a().getCode());
        assertThat(rows.get(0).select("input[name=year-1]").val()).isEqualTo("2021");
        assertThat(rows.get(0).select("input[name=publishedOn-1]").val()).isEqualTo("2022-01-20");
        assertThat(rows.get(0).select("input[name=include]").hasAttr("checked")).isTrue();
        assertThat(rows.get(1).select("option[selected]").val()).isEqualTo(c.b().getCode());
        assertThat(rows.get(1).select("input[name=year-2]").val()).isEqualTo("2020");
        assertThat(rows.get(1).select(".read").text()).contains("2019年版");
        assertThat(rows.get(2).hasClass("failed")).isTrue();
        assertThat(rows.get(2).select(".problem").text()).contains("PDF");
        assertThat(rows.get(3).select("option[selected]")).isEmpty();
        assertThat(rows.get(3).select(".problem").text()).contains("没有找到标题中的机关「不存在镇人民政府」");
        assertThat(rows.get(3).select("input[name=include]").hasAttr("checked")).isFalse();
        assertThat(rows.get(4).select("option[selected]").val()).isEqualTo(c.a().getCode());
        assertThat(rows.get(4).select(".approximate").text()).contains("近似匹配");
        assertThat(rows.get(5).select(".problem").text()).contains("指向压缩包以外的位置");
        assertThat(list.select(".batch-summary").text()).contains("共 6 个文件").contains("未能读取 2 个");

        // the unknown agency's report is the other township's, on the year printed
        session.perform(mvc, post(batch + "/confirm").param("include", "1", "2", "4", "5")
                        .param("agency-1", c.a().getCode()).param("year-1", "2021").param("publishedOn-1", "2022-01-20")
                        .param("agency-2", c.b().getCode()).param("year-2", "2020").param("publishedOn-2", "2021-01-25")
                        .param("agency-4", c.b().getCode()).param("year-4", "2021").param("publishedOn-4", "")
                        .param("agency-5", c.a().getCode()).param("year-5", "2020").param("publishedOn-5", "2021-01-28")
                        .with(session).with(user(c.office())).with(csrf()))
                .andExpect(status().is3xxRedirection());
        JsonNode done = waitFor(c, batch, Set.of("SAVED", "READY"));
        assertThat(done.get("state").asString()).as(page(c, batch).select(".alert").text()).isEqualTo("SAVED");
        assertThat(done.get("done").asInt()).isEqualTo(4);

        for (Object[] expected : new Object[][] {{c.a(), 2021}, {c.b(), 2020}, {c.b(), 2021}, {c.a(), 2020}}) {
            Agency agency = (Agency) expected[0];
            int year = (Integer) expected[1];
            Report report = tx.execute(s -> reports.findLatestPublished(agency.getCode(), year).orElseThrow());
            assertThat(report.getStatus()).isEqualTo(ReportStatus.PUBLISHED);
            assertThat(imports.findById(report.getId())).as(agency.getCode() + " " + year).isPresent();
        }
        Report corrected = tx.execute(s -> reports.findLatestPublished(c.b().getCode(), 2021).orElseThrow());
        assertThat(imports.findById(corrected.getId()).orElseThrow().getPublishedOn()).hasToString("2022-01-26");
        assertThat(page(c, batch).select(".alert.success").text()).contains("已导入 4 份报告");
    }

    @Test
    void aCancelledBatchLeavesNothingImported() throws Exception {
        County c = county();
        byte[] zip = ZipIntakeTest.zip("UTF-8",
                "甲.txt", utf8(PrintedReports.text(named(ReportReadingTest.Y2021, c.a().getName()), "2022年1月20日")),
                "乙.txt", utf8(PrintedReports.text(named(ReportReadingTest.Y2021, c.b().getName()), "2022年1月21日")));
        String batch = upload(c, zip);
        waitFor(c, batch, Set.of("READY"));
        session.perform(mvc, post(batch + "/cancel").with(session).with(user(c.office())).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(waitFor(c, batch, Set.of("CANCELLED")).get("state").asString()).isEqualTo("CANCELLED");
        assertThat(page(c, batch).select("form.batch-form button")).isEmpty();
        assertThat(saved(c.a(), 2021) || saved(c.b(), 2021)).isFalse();

        // cancelling while it saves: either everything was saved before the cancel arrived, or nothing is
        String second = upload(c, zip);
        waitFor(c, second, Set.of("READY"));
        session.perform(mvc, post(second + "/confirm").param("include", "1", "2")
                        .param("agency-1", c.a().getCode()).param("year-1", "2021").param("publishedOn-1", "")
                        .param("agency-2", c.b().getCode()).param("year-2", "2021").param("publishedOn-2", "")
                        .with(session).with(user(c.office())).with(csrf()))
                .andExpect(status().is3xxRedirection());
        session.perform(mvc, post(second + "/cancel").with(session).with(user(c.office())).with(csrf()));
        String end = waitFor(c, second, Set.of("SAVED", "CANCELLED")).get("state").asString();
        boolean a = saved(c.a(), 2021);
        boolean b = saved(c.b(), 2021);
        assertThat(a).isEqualTo(b).isEqualTo(end.equals("SAVED"));
    }

    @Test
    void someoneWhoMayPublishForNoAgencyCannotStartABatch() throws Exception {
        Staff editor = StaffFixtures.staff("i10b-editor", Role.EDITOR, agencies.findByCode("songxian").orElseThrow());
        mvc.perform(get("/staff/import/batch").with(user(editor))).andExpect(status().isForbidden());
    }
}
