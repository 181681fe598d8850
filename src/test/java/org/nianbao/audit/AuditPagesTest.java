package org.nianbao.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nianbao.PortalTest;
import org.nianbao.report.Report;
import org.nianbao.report.ReportRepository;
import org.nianbao.statutory.ReportContent;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit pages after a 10,000-character prose edit: the change shown as a shortened diff with both whole texts
 * one click away, the CSV complete; filters by user, kind and date with messages beside the fields; pages of 50.
 */
@PortalTest
@Transactional
class AuditPagesTest {

    static final String OLD = "旧".repeat(5_000) + "中间这一句保持不变。" + "旧".repeat(4_990);
    static final String NEW = "旧".repeat(5_000) + "中间这一句保持不变。" + "新".repeat(4_990);

    @Autowired
    AuditLog auditLog;
    @Autowired
    ReportRepository reports;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService staff;

    Report report;

    @BeforeEach
    void aLongEdit() {
        report = reports.findLatestPublished("songxian-tianhu", 2021).orElseThrow();
        ReportContent before = report.content();
        Map<String, String> sections = new HashMap<>(before.sections());
        sections.put("overview", OLD);
        ReportContent old = new ReportContent(before.agencyCode(), before.agencyName(), before.year(),
                before.edition(), sections, before.values());
        sections.put("overview", NEW);
        ReportContent now = new ReportContent(before.agencyCode(), before.agencyName(), before.year(),
                before.edition(), sections, before.values());
        auditLog.recordChanges(report.getId(), "i12.long.editor", old, now);
    }

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request.with(user(staff.loadUserByUsername("auditor"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    @Test
    void aLongEditIsShownAsAShortDiffWithTheWholeTextsOneClickAway() throws Exception {
        Document page = page(get("/audit/reports/" + report.getId()).param("user", "i12.long.editor"));
        var row = page.select("table.log tbody tr").first();
        assertThat(row.select("td.target").text()).isEqualTo("一、总体情况");
        assertThat(row.select("td.target").attr("title")).isEqualTo("overview");
        var diff = row.select("td.change .diff");
        assertThat(diff.select("del").text()).startsWith("旧旧旧").contains("中间省略");
        assertThat(diff.select("ins").text()).startsWith("新新新").contains("中间省略");
        assertThat(diff.text()).contains("中间这一句保持不变。").hasSizeLessThan(800);
        var details = row.select("td.change details");
        assertThat(details).hasSize(2);
        assertThat(details.get(0).select("summary").text()).isEqualTo("原值全文（10000 字）");
        assertThat(details.get(0).select(".full-text").text()).isEqualTo(OLD);
        assertThat(details.get(1).select(".full-text").text()).isEqualTo(NEW);
        assertThat(page.select("header form.logout button").text()).as("the staff layout, with sign-out")
                .isEqualTo("退出登录");
    }

    @Test
    void theCsvKeepsBothWholeTextsAndTheCode() throws Exception {
        String csv = new String(mvc.perform(get("/audit/reports/" + report.getId() + ".csv")
                .with(user(staff.loadUserByUsername("auditor")))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(csv).contains(",i12.long.editor,修改正文,一、总体情况,overview," + OLD + "," + NEW + ",\r\n");
    }

    @Test
    void filtersByUserKindAndDate() throws Exception {
        String path = "/audit/reports/" + report.getId();
        assertThat(page(get(path).param("user", "i12.long")).select("table.log tbody tr")).hasSize(1);
        assertThat(page(get(path).param("user", "i12.long").param("kind", "CELL")).select("table.log tbody tr"))
                .isEmpty();
        assertThat(page(get(path).param("user", "i12.long").param("kind", "SECTION")).select("table.log tbody tr"))
                .hasSize(1);
        assertThat(page(get(path).param("user", "i12.long").param("to", "2020-01-01")).select("table.log tbody tr"))
                .isEmpty();
        assertThat(page(get(path).param("user", "i12.long").param("from", "2020-01-01")).select("table.log tbody tr"))
                .hasSize(1);
        assertThat(page(get(path).param("user", "%")).select("table.log tbody tr")).as("% is a character").isEmpty();
    }

    @Test
    void aFilterThatCannotBeReadIsNamedBesideItsFieldAndKept() throws Exception {
        Document page = page(get("/audit/reports/" + report.getId()).param("from", "2023-13-01")
                .param("to", "昨天").param("kind", "NOPE").param("user", "i12.long.editor"));
        assertThat(page.select("#from-error").text()).isEqualTo("日期应写成 2023-01-31 这样的格式");
        assertThat(page.select("#filter-from").val()).isEqualTo("2023-13-01");
        assertThat(page.select("#to-error").text()).isEqualTo("日期应写成 2023-01-31 这样的格式");
        assertThat(page.select("#filter-to").val()).isEqualTo("昨天");
        assertThat(page.select("#kind-error").text()).isEqualTo("没有“NOPE”这种类型，请从列表中选择");
        assertThat(page.select("table.log tbody tr")).as("the readable filter still applies").hasSize(1);

        Document reversed = page(get("/audit/reports/" + report.getId()).param("from", "2023-02-01")
                .param("to", "2023-01-01"));
        assertThat(reversed.select("#to-error").text()).isEqualTo("结束日期不能早于开始日期（2023-02-01）");
    }

    @Test
    void failedSignInsComeFiftyAPageWithTheirFilterInTheLinks() throws Exception {
        for (int i = 0; i < 120; i++) {
            auditLog.recordFailedLogin("i12-brute-" + i, "10.0.0." + (i % 250));
        }
        try {
            Document first = page(get("/audit/logins").param("user", "i12-brute-"));
            assertThat(first.select("table.log tbody tr")).hasSize(50);
            assertThat(first.select(".count").text()).isEqualTo("共 120 条记录，第 1 / 3 页");
            assertThat(first.select(".pagination a[rel=next]").attr("href"))
                    .isEqualTo("/audit/logins?page=2&user=i12-brute-");
            Document last = page(get("/audit/logins").param("user", "i12-brute-").param("page", "3"));
            assertThat(last.select("table.log tbody tr")).hasSize(20);
            assertThat(page(get("/audit/logins").param("user", "i12-brute-").param("page", "x"))
                    .select(".pagination [aria-current]").text()).isEqualTo("1");
        } finally {
            // failed sign-ins are recorded in their own transactions: nothing to roll back, so they stay, named i12-
        }
    }

    @Test
    void theAuditorsDashboardLinksTheAuditPages() throws Exception {
        Document dashboard = page(get("/staff"));
        assertThat(dashboard.select("p.audit-link a").eachAttr("href")).containsExactly("/audit", "/audit/logins");
        Document index = page(get("/audit"));
        assertThat(index.select("table.log a").eachAttr("href")).contains("/audit/reports/" + report.getId());
        Document editors = Jsoup.parse(mvc.perform(get("/staff").with(user(staff.loadUserByUsername("editor.luhun"))))
                .andReturn().getResponse().getContentAsString());
        assertThat(editors.select("p.audit-link")).isEmpty();
    }
}
