package org.nianbao.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.nianbao.PortalTest;
import org.nianbao.report.Report;
import org.nianbao.report.ReportRepository;
import org.nianbao.statutory.Cell;
import org.nianbao.statutory.ReportContent;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/** Cell-level changes and transitions reach the audit log; auditors read it as a page and as CSV. */
@PortalTest
@Transactional
class AuditTrailTest {

    @Autowired
    AuditLog auditLog;
    @Autowired
    ReportRepository reports;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService staff;

    @Test
    void changedCellsAndTransitionsAreListedForAuditorsAndDownloadableAsCsv() throws Exception {
        Report report = reports.findLatestPublished("songxian-tianhu", 2021).orElseThrow();
        ReportContent before = report.content();
        Map<Cell, BigDecimal> values = new HashMap<>(before.values());
        Cell granted = new Cell("applications", "granted", "natural_person");
        values.put(granted, new BigDecimal(4));
        Map<String, String> sections = new HashMap<>(before.sections());
        sections.put("other_matters", "本年度未收取信息处理费，特此说明。");
        ReportContent after = new ReportContent(before.agencyCode(), before.agencyName(), before.year(),
                before.edition(), sections, values);

        auditLog.recordChanges(report.getId(), "editor.tianhu", before, after);
        auditLog.recordTransition(report.getId(), "reviewer.songxian", "待审核", "退回", "请核对表三，\"依申请\"一栏");

        List<AuditEvent> events = auditLog.forReport(report.getId());
        assertThat(events).extracting(AuditEvent::getTarget)
                .contains("applications.granted.natural_person", "other_matters", "待审核 → 退回");
        AuditEvent cell = events.stream().filter(e -> e.getKind() == AuditKind.CELL).findFirst().orElseThrow();
        assertThat(cell.getOldValue()).isEqualTo("3");
        assertThat(cell.getNewValue()).isEqualTo("4");
        assertThat(cell.getUsername()).isEqualTo("editor.tianhu");

        var auditor = user(staff.loadUserByUsername("auditor"));
        String html = mvc.perform(get("/audit/reports/" + report.getId()).with(auditor)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(html).select("table.log tbody tr").eachText())
                .anyMatch(row -> row.contains("表三 第三项（一） 予以公开 · 自然人") && row.contains("editor.tianhu"));

        byte[] csv = mvc.perform(get("/audit/reports/" + report.getId() + ".csv").with(auditor))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF时间,用户,类型,对象,代码,原值,新值,说明\r\n");
        assertThat(text).contains(",editor.tianhu,修改单元格,表三 第三项（一） 予以公开 · 自然人,applications.granted.natural_person,3,4,"
                + "\r\n");
        assertThat(text).contains(",\"请核对表三，\"\"依申请\"\"一栏\"\r\n");
    }

    @Test
    void csvCellsThatLookLikeFormulasAreInert() throws Exception {
        Report report = reports.findLatestPublished("songxian-tianhu", 2021).orElseThrow();
        auditLog.recordTransition(report.getId(), "reviewer.songxian", "待审核", "退回", "=HYPERLINK(\"http://x\",\"y\")");
        auditLog.recordTransition(report.getId(), "reviewer.songxian", "待审核", "退回", "@SUM(A1)");
        byte[] csv = mvc.perform(get("/audit/reports/" + report.getId() + ".csv")
                .with(user(staff.loadUserByUsername("auditor")))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).contains(",\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"\r\n").contains(",'@SUM(A1)\r\n")
                .doesNotContain(",=").doesNotContain(",@");
    }
}
