package org.nianbao.rollup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nianbao.PortalTest;
import org.nianbao.agency.Agency;
import org.nianbao.agency.AgencyKind;
import org.nianbao.agency.AgencyRepository;
import org.nianbao.portal.FixedClock;
import org.nianbao.report.BulkReports;
import org.nianbao.statutory.Cell;
import org.nianbao.statutory.Edition;
import org.nianbao.statutory.ReportContent;
import org.nianbao.validation.Reports;
import org.nianbao.validation.Validator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The roll-up of a city of its own (rolled back): a county with two townships and a department, a department of
 * the city; one township's report breaks R3, one department has published nothing.
 */
@PortalTest
@ExtendWith(FixedClock.class)
@Transactional
class RollupTest {

    private static final Cell RECEIVED = new Cell("applications", "received", "natural_person");

    @Autowired
    MockMvc mvc;

    @Autowired
    AgencyRepository agencies;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Rollups rollups;

    private ReportContent good;
    private ReportContent broken;
    private ReportContent cityDepartment;

    @BeforeEach
    void hierarchy() {
        Agency city = agencies.saveAndFlush(new Agency("t14r-city", "汇总测试市人民政府", AgencyKind.CITY, null, "419900"));
        Agency county = agencies.saveAndFlush(new Agency("t14r-county", "汇总测试县人民政府", AgencyKind.COUNTY, city));
        Agency a = agencies.saveAndFlush(new Agency("t14r-a", "甲镇人民政府", AgencyKind.TOWNSHIP, county));
        Agency b = agencies.saveAndFlush(new Agency("t14r-b", "乙镇人民政府", AgencyKind.TOWNSHIP, county));
        agencies.saveAndFlush(new Agency("t14r-idle", "汇总测试县统计局", AgencyKind.DEPARTMENT, county));
        Agency d = agencies.saveAndFlush(new Agency("t14r-dept", "汇总测试市教育局", AgencyKind.DEPARTMENT, city));
        Edition edition = Edition.E2021;
        good = Reports.balanced(edition, 2022, 7);
        broken = Reports.with(Reports.balanced(edition, 2022, 8), RECEIVED,
                Reports.balanced(edition, 2022, 8).value(RECEIVED).add(BigDecimal.ONE)); // total no longer adds up
        cityDepartment = Reports.balanced(edition, 2022, 9);
        Instant at = Instant.parse("2023-01-20T02:00:00Z");
        new BulkReports(jdbc).insert(List.of(new BulkReports.Published(a.getId(), good, at),
                new BulkReports.Published(b.getId(), broken, at), new BulkReports.Published(d.getId(), cityDepartment, at)));
    }

    @Test
    void sumsEveryLevelBelowAndListsIncludedMissingAndFailing() {
        Rollup rollup = rollups.of("t14r-city", 2022, true).orElseThrow();

        assertThat(rollup.included()).extracting(Rollup.Member::code)
                .containsExactlyInAnyOrder("t14r-dept", "t14r-a", "t14r-b");
        assertThat(rollup.missing()).extracting(Rollup.Member::code).containsExactlyInAnyOrder("t14r-county", "t14r-idle");
        // the SQL check agrees with the validator: only the broken report fails R1–R4
        assertThat(Validator.validate(broken, null)).anyMatch(f -> f.rule().equals("R3"));
        assertThat(rollup.failing()).extracting(Rollup.Member::code).containsExactly("t14r-b");
        assertThat(rollup.content().value(RECEIVED)).isEqualByComparingTo(
                good.value(RECEIVED).add(broken.value(RECEIVED)).add(cityDepartment.value(RECEIVED)));

        Rollup direct = rollups.of("t14r-city", 2022, false).orElseThrow();
        assertThat(direct.included()).extracting(Rollup.Member::code).containsExactly("t14r-dept");
        assertThat(direct.missing()).extracting(Rollup.Member::code).containsExactly("t14r-county");
        assertThat(direct.content().value(RECEIVED)).isEqualByComparingTo(cityDepartment.value(RECEIVED));
    }

    @Test
    void aCellBlankInAnyIncludedReportIsBlankInTheRollup() {
        long id = agencies.findByCode("t14r-idle").orElseThrow().getId();
        new BulkReports(jdbc).insert(List.of(new BulkReports.Published(id,
                Reports.balanced(Edition.E2021, 2022, 10).withValues(java.util.Map.of()), Instant.now())));
        Rollup rollup = rollups.of("t14r-county", 2022, true).orElseThrow();
        assertThat(rollup.included()).hasSize(3);
        assertThat(rollup.content().value(RECEIVED)).isNull();
    }

    @Autowired
    org.nianbao.security.AppUserRepository users;

    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService staff;

    @Autowired
    org.nianbao.report.ReportRepository reports;

    @Test
    void theOfficeStartsItsOwnReportFromTheRollupAndSeesWhereItsPublishedFiguresDiffer() throws Exception {
        org.nianbao.security.AppUser editor = new org.nianbao.security.AppUser("t14r.editor", "汇总测试填报人", "x");
        editor.grant(org.nianbao.security.Role.EDITOR, agencies.findByCode("t14r-city").orElseThrow());
        users.saveAndFlush(editor);
        var asEditor = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                .user(staff.loadUserByUsername("t14r.editor"));
        String location = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post("/staff/rollup/t14r-city/2022/start").param("levels", "all").with(asEditor)
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/staff/reports/");
        var draft = reports.findById(Long.parseLong(location.substring("/staff/reports/".length()))).orElseThrow();
        ReportContent expected = rollups.of("t14r-city", 2022, true).orElseThrow().content();
        assertThat(draft.content().values()).isEqualTo(expected.values());
        assertThat(draft.content().section("overview")).isEmpty();

        // the city publishes its own report with one figure changed: the roll-up page shows where and by how much
        draft.replaceContent(Reports.with(draft.content(), RECEIVED, expected.value(RECEIVED).add(BigDecimal.valueOf(2))),
                Instant.now());
        draft.submit(List.of(), java.util.Map.of(), Instant.now());
        draft.approve();
        draft.publish(Instant.parse("2023-03-20T02:00:00Z"));
        reports.saveAndFlush(draft);
        Document page = Jsoup.parse(mvc.perform(get("/rollup/t14r-city/2022").accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.select("table.differences tbody tr")).hasSize(1); // totals kept as printed: one cell differs
        assertThat(page.select("table.differences tbody tr").first().select("th").text())
                .isEqualTo(Edition.E2021.cellName(RECEIVED));
        assertThat(page.select("table.differences tbody tr").first().select("td").last().text()).isEqualTo("+2");
        // a second start is refused with a message; nothing is created
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post("/staff/rollup/t14r-city/2022/start").with(asEditor)
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("startError", "汇总测试市人民政府已有 2022 年度报告，请在“我的报告”中打开它"));
    }

    @Test
    void theApiAnswersTheExchangeFormatWithTheLists() throws Exception {
        String body = mvc.perform(get("/api/v1/rollup/t14r-city/2022").param("levels", "all"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        JsonNode json = JsonMapper.builder().build().readTree(body);
        assertThat(json.path("agency").path("code").asString()).isEqualTo("t14r-city");
        assertThat(json.path("edition").asString()).isEqualTo("2021");
        assertThat(json.path("tables").path("applications").path("received").path("natural_person").asInt())
                .isEqualTo(good.value(RECEIVED).add(broken.value(RECEIVED)).add(cityDepartment.value(RECEIVED))
                        .intValueExact());
        assertThat(json.path("rollup").path("failing").get(0).path("code").asString()).isEqualTo("t14r-b");
        assertThat(json.path("rollup").path("missing")).hasSize(2);
        mvc.perform(get("/api/v1/rollup/t14r-city/2022").param("levels", "some")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/rollup/t14r-a/2022")).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/rollup/nowhere/2022")).andExpect(status().isNotFound());
    }

    @Test
    void thePageShowsTheStatutoryTablesTheListsAndDownloads() throws Exception {
        Document page = Jsoup.parse(mvc.perform(get("/rollup/t14r-city/2022").accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.select("table.statutory")).hasSize(3);
        assertThat(page.select(".included li").eachText()).anyMatch(t -> t.contains("乙镇人民政府")
                && t.contains("未通过 R1–R4"));
        assertThat(page.select(".missing li a").eachText()).contains("汇总测试县统计局");
        assertThat(page.select("a.csv").attr("href")).isEqualTo("/rollup/t14r-city/2022.csv");

        String csv = mvc.perform(get("/rollup/t14r-city/2022.csv")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFtable,row,column,row_label,column_label,value");
        assertThat(csv.lines().filter(l -> l.startsWith("applications,received,natural_person,")).findFirst()
                .orElseThrow()).endsWith("," + good.value(RECEIVED).add(broken.value(RECEIVED))
                        .add(cityDepartment.value(RECEIVED)).toPlainString());

        byte[] xlsx = mvc.perform(get("/rollup/t14r-city/2022.xlsx").param("levels", "direct"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = book.getSheet("数据");
            boolean found = false;
            for (var row : sheet) {
                if (row.getCell(0).getStringCellValue().equals("applications")
                        && row.getCell(1).getStringCellValue().equals("received")
                        && row.getCell(2).getStringCellValue().equals("natural_person")) {
                    assertThat(row.getCell(5).getNumericCellValue())
                            .isEqualTo(cityDepartment.value(RECEIVED).doubleValue());
                    found = true;
                }
            }
            assertThat(found).isTrue();
        }
    }
}
