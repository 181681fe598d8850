package org.nianbao.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.nianbao.PortalTest;
import org.nianbao.agency.Agency;
import org.nianbao.agency.AgencyKind;
import org.nianbao.agency.AgencyRepository;
import org.nianbao.audit.AuditEventRepository;
import org.nianbao.report.Report;
import org.nianbao.report.ReportRepository;
import org.nianbao.timeliness.DeadlineRules;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/** Moving agencies (with their reports, audit-logged, never into a cycle), 行政区划代码 and local deadlines. */
@PortalTest
@Transactional
class AgencyAdminPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService staff;
    @Autowired
    AgencyRepository agencies;
    @Autowired
    ReportRepository reports;
    @Autowired
    DeadlineRules deadlineRules;
    @Autowired
    AuditEventRepository events;

    private Document refused(String url, String... params) throws Exception {
        var request = post(url).with(csrf()).with(user(staff.loadUserByUsername("admin")));
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return Jsoup.parse(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void anAgencyMovesUnderAnotherParentWithItsReportsAndNeverIntoACycle() throws Exception {
        Agency cityA = agencies.saveAndFlush(new Agency("t14a-city-a", "甲市人民政府", AgencyKind.CITY, null));
        Agency cityB = agencies.saveAndFlush(new Agency("t14a-city-b", "乙市人民政府", AgencyKind.CITY, null));
        Agency county = agencies.saveAndFlush(new Agency("t14a-county", "移动县人民政府", AgencyKind.COUNTY, cityA));
        Agency town = agencies.saveAndFlush(new Agency("t14a-town", "移动镇人民政府", AgencyKind.TOWNSHIP, county));
        Report report = new Report(town, 2022);
        report.submit(List.of(), Map.of(), Instant.now());
        long reportId = reports.saveAndFlush(report).getId();

        mvc.perform(post("/admin/agencies/t14a-county").with(csrf()).with(user(staff.loadUserByUsername("admin")))
                .param("parentCode", "t14a-city-b").param("divisionCode", "419901").param("contactEmail", ""))
                .andExpect(redirectedUrl("/admin/agencies/t14a-county"));
        Agency moved = agencies.findByCode("t14a-county").orElseThrow();
        assertThat(moved.getParent().getCode()).isEqualTo("t14a-city-b");
        assertThat(moved.getDivisionCode()).isEqualTo("419901");
        assertThat(reports.findById(reportId).orElseThrow().getAgency().getParent().getParent().getCode())
                .isEqualTo("t14a-city-b");
        assertThat(events.findAll()).anyMatch(e -> "机关 t14a-county".equals(e.getTarget())
                && e.getComment().equals("移动机关：由 甲市人民政府 移至 乙市人民政府"));

        // a county cannot go under its own township, nor a township to the top; the form keeps what was typed
        Document page = refused("/admin/agencies/t14a-county", "parentCode", "t14a-town", "divisionCode", "41");
        assertThat(page.select("#division-error").text()).isEqualTo("行政区划代码应为 6 位（县级以上）或 9 位（乡级）数字，如 410325");
        assertThat(page.select("#divisionCode").val()).isEqualTo("41");
        page = refused("/admin/agencies/t14a-county", "parentCode", "t14a-town", "divisionCode", "419901");
        assertThat(page.select("#parent-error").text()).isEqualTo("县级人民政府只能设在省级人民政府或市级人民政府之下");
        page = refused("/admin/agencies/t14a-town", "parentCode", "", "divisionCode", "");
        assertThat(page.select("#parent-error").text()).isEqualTo("乡镇人民政府/街道办事处必须有上级人民政府");
        assertThat(agencies.findByCode("t14a-town").orElseThrow().getParent().getCode()).isEqualTo("t14a-county");
        assertThat(cityB.isWithin(cityB)).isTrue();
    }

    @Test
    void aCycleIsRefusedByTheEntityItself() {
        Agency province = agencies.saveAndFlush(new Agency("t14a-prov", "循环省人民政府", AgencyKind.PROVINCE, null));
        Agency city = agencies.saveAndFlush(new Agency("t14a-pcity", "循环市人民政府", AgencyKind.CITY, province));
        Agency county = agencies.saveAndFlush(new Agency("t14a-pcounty", "循环县人民政府", AgencyKind.COUNTY, city));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> county.moveUnder(county))
                .hasMessage("县级人民政府只能设在省级人民政府或市级人民政府之下");
        Agency cityAtTop = agencies.saveAndFlush(new Agency("t14a-top", "顶层市人民政府", AgencyKind.CITY, null));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> city.moveUnder(county)).isNotNull();
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> new Agency("t14a-bad", "坏代码", AgencyKind.COUNTY, cityAtTop, "12345"))
                .hasMessage("行政区划代码应为 6 位或 9 位数字：12345");
    }

    @Test
    void aLocalDeadlineIsSetPerLevelNamedWithItsSourceAndNeverLaterThanTheLaw() throws Exception {
        Agency province = agencies.saveAndFlush(new Agency("t14a-dl", "期限省人民政府", AgencyKind.PROVINCE, null));
        Agency city = agencies.saveAndFlush(new Agency("t14a-dl-city", "期限市人民政府", AgencyKind.CITY, province));
        mvc.perform(post("/admin/deadlines").with(csrf()).with(user(staff.loadUserByUsername("admin")))
                .param("agencyCode", "t14a-dl").param("kind", "CITY").param("day", "3月10日"))
                .andExpect(redirectedUrl("/admin/deadlines"));
        assertThat(deadlineRules.deadline(city, 2025).date()).isEqualTo(java.time.LocalDate.of(2026, 3, 10));
        assertThat(deadlineRules.deadline(city, 2025).source()).isEqualTo("本省要求 3月10日前报送（期限省人民政府）");
        assertThat(deadlineRules.deadline(province, 2025).source()).isEqualTo("《政府信息公开条例》第四十九条：3月31日前");

        Document page = refused("/admin/deadlines", "agencyCode", "t14a-dl", "kind", "DEPARTMENT", "day", "2-20");
        assertThat(page.select("#day-error").text()).isEqualTo("部门的日期不能晚于法定的 1月31日（也不能是 2月29日）");
        assertThat(page.select("#day").val()).isEqualTo("2-20");
        page = refused("/admin/deadlines", "agencyCode", "t14a-dl", "kind", "CITY", "day", "三月十日");
        assertThat(page.select("#day-error").text()).isEqualTo("日期应写作“月-日”，如 3-10 或 3月10日");
        page = refused("/admin/deadlines", "agencyCode", "t14a-dl", "kind", "CITY", "day", "2-30");
        assertThat(page.select("#day-error").text()).isEqualTo("没有 2月30日这一天");
    }
}
