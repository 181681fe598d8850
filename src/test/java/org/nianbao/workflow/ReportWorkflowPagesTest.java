package org.nianbao.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nianbao.PortalTest;
import org.nianbao.agency.Agency;
import org.nianbao.agency.AgencyRepository;
import org.nianbao.audit.AuditEvent;
import org.nianbao.audit.AuditKind;
import org.nianbao.audit.AuditLog;
import org.nianbao.editing.StaffFixtures;
import org.nianbao.report.Report;
import org.nianbao.report.ReportRepository;
import org.nianbao.report.ReportStatus;
import org.nianbao.security.Role;
import org.nianbao.security.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

/** The workflow through its pages: submit, return with a reason, approve, publish, correct; revisions stay readable. */
@PortalTest
@Transactional // every test's reports (and publications) are rolled back
class ReportWorkflowPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AgencyRepository agencies;

    @Autowired
    ReportRepository reports;

    @Autowired
    AuditLog auditLog;

    Staff editor;
    Staff reviewer;

    @BeforeEach
    void staff() {
        Agency checun = agencies.findByCode("songxian-checun").orElseThrow();
        Agency county = agencies.findByCode("songxian").orElseThrow();
        editor = StaffFixtures.staff("test.wf.editor", Role.EDITOR, checun);
        reviewer = StaffFixtures.staff("test.wf.reviewer", county, Role.REVIEWER, Role.PUBLISHER);
    }

    long create() throws Exception {
        String location = mvc.perform(post("/staff/reports").with(user(editor)).with(csrf())
                .param("agency", "songxian-checun").param("year", "2022"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    /** Fills every cell with 0 and the prose; {@code otherMatters} without 信息处理费 leaves a T4 warning. */
    void complete(long id, String otherMatters) {
        Report report = reports.findById(id).orElseThrow();
        report.replaceContent(StaffFixtures.complete(report.content(), otherMatters), Instant.now());
        reports.saveAndFlush(report);
    }

    Document as(Staff staff, MockHttpServletRequestBuilder request, int expected) throws Exception {
        return Jsoup.parse(mvc.perform(request.with(user(staff)).with(csrf())).andExpect(status().is(expected))
                .andReturn().getResponse().getContentAsString());
    }

    ReportStatus statusOf(long id) {
        return reports.findById(id).orElseThrow().getStatus();
    }

    @Test
    void submitIsRefusedWhileBlanksRemain() throws Exception {
        long id = create();
        Document submit = as(editor, get("/staff/reports/" + id + "/submit"), 200);
        assertThat(submit.select("form button[type=submit]").last().hasAttr("disabled")).isTrue();
        assertThat(submit.select(".findings li").eachText()).anySatisfy(t -> assertThat(t).contains("B1"));
        Document refused = as(editor, post("/staff/reports/" + id + "/submit"), 422);
        assertThat(refused.select(".alert.error[role=alert]").text()).contains("个错误未改正，不能提交审核");
        assertThat(statusOf(id)).isEqualTo(ReportStatus.DRAFT);
    }

    @Test
    void everyWarningNeedsAWrittenExplanationWhichReviewersRead() throws Exception {
        long id = create();
        complete(id, "无");
        Document form = as(editor, get("/staff/reports/" + id + "/submit"), 200);
        String field = form.select(".explain textarea").attr("name");
        assertThat(form.select(".explain label").text()).contains("信息处理费", "T4");

        Document refused = as(editor, post("/staff/reports/" + id + "/submit").param(field, "  "), 422);
        assertThat(refused.select("#" + field + "-error").text()).isEqualTo("请说明出现此警告的原因");
        assertThat(statusOf(id)).isEqualTo(ReportStatus.DRAFT);

        as(editor, post("/staff/reports/" + id + "/submit").param(field, "本年度未收取信息处理费，已在正文说明"), 302);
        assertThat(statusOf(id)).isEqualTo(ReportStatus.SUBMITTED);
        Document review = as(reviewer, get("/staff/reports/" + id), 200);
        assertThat(review.select(".explanations dd").text()).isEqualTo("本年度未收取信息处理费，已在正文说明");
        assertThat(auditLog.forReport(id)).filteredOn(e -> e.getKind() == AuditKind.TRANSITION)
                .extracting(AuditEvent::getTarget).contains("草稿 → 待审核");
        assertThat(auditLog.forReport(id)).filteredOn(e -> "草稿 → 待审核".equals(e.getTarget()))
                .singleElement().extracting(AuditEvent::getComment).asString().contains("本年度未收取信息处理费");
    }

    @Test
    void returningNeedsAReasonWhichTheEditorSees() throws Exception {
        long id = create();
        complete(id, "本年度未收取信息处理费。");
        as(editor, post("/staff/reports/" + id + "/submit"), 302);
        Document refused = as(reviewer, post("/staff/reports/" + id + "/return").param("reason", " "), 422);
        assertThat(refused.select("#reason-error").text()).isEqualTo("请填写退回原因");
        assertThat(statusOf(id)).isEqualTo(ReportStatus.SUBMITTED);

        as(editor, post("/staff/reports/" + id + "/approve"), 403);
        as(reviewer, post("/staff/reports/" + id + "/return").param("reason", "请核对表三的数字"), 302);
        assertThat(statusOf(id)).isEqualTo(ReportStatus.RETURNED);
        assertThat(as(editor, get("/staff/reports/" + id), 200).select(".return-reason").text())
                .isEqualTo("请核对表三的数字");
        assertThat(auditLog.forReport(id)).filteredOn(e -> "待审核 → 退回".equals(e.getTarget()))
                .singleElement().extracting(AuditEvent::getComment).isEqualTo("请核对表三的数字");
    }

    @Test
    void aCorrectionIsANewRevisionAndEarlierRevisionsStayReadable() throws Exception {
        long id = create();
        complete(id, "本年度未收取信息处理费。");
        as(editor, post("/staff/reports/" + id + "/submit"), 302);
        as(reviewer, post("/staff/reports/" + id + "/approve"), 302);
        as(editor, post("/staff/reports/" + id + "/publish"), 403);
        as(reviewer, post("/staff/reports/" + id + "/publish"), 302);
        assertThat(statusOf(id)).isEqualTo(ReportStatus.PUBLISHED);
        as(reviewer, get("/reports/songxian-checun/2022"), 200);

        Document refused = as(reviewer, post("/staff/reports/" + id + "/correction").param("note", ""), 422);
        assertThat(refused.select("#note-error").text()).isEqualTo("请填写更正说明");
        String location = mvc.perform(post("/staff/reports/" + id + "/correction").with(user(reviewer)).with(csrf())
                .param("note", "更正表四行政复议的数字")).andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        long correction = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        Report second = reports.findById(correction).orElseThrow();
        assertThat(second.getRevision()).isEqualTo(2);
        assertThat(second.getStatus()).isEqualTo(ReportStatus.DRAFT);
        as(reviewer, get("/reports/songxian-checun/2022/revisions/2"), 404);

        as(editor, post("/staff/reports/" + correction + "/sections/review_litigation")
                .param("version", String.valueOf(second.getVersion()))
                .param("review_litigation.review.upheld", "1").param("review_litigation.review.corrected", "0")
                .param("review_litigation.review.other", "0").param("review_litigation.review.pending", "0")
                .param("review_litigation.suit_direct.upheld", "0").param("review_litigation.suit_direct.corrected", "0")
                .param("review_litigation.suit_direct.other", "0").param("review_litigation.suit_direct.pending", "0")
                .param("review_litigation.suit_after_review.upheld", "0")
                .param("review_litigation.suit_after_review.corrected", "0")
                .param("review_litigation.suit_after_review.other", "0")
                .param("review_litigation.suit_after_review.pending", "0"), 302);
        as(editor, post("/staff/reports/" + correction + "/submit"), 302);
        as(reviewer, post("/staff/reports/" + correction + "/approve"), 302);
        as(reviewer, post("/staff/reports/" + correction + "/publish"), 302);

        Document latest = as(editor, get("/reports/songxian-checun/2022"), 200);
        assertThat(latest.select("section.correction .correction-note").text()).isEqualTo("更正表四行政复议的数字");
        assertThat(latest.select(".revisions nav a").eachAttr("href"))
                .containsExactly("/reports/songxian-checun/2022/revisions/1");
        assertThat(latest.select("#cell-review_litigation-review-upheld").text()).isEqualTo("1");

        Document first = as(editor, get("/reports/songxian-checun/2022/revisions/1"), 200);
        assertThat(first.select(".revisions .notice").text()).contains("这是第 1 版，已被更正");
        assertThat(first.select("#cell-review_litigation-review-upheld").text()).isEqualTo("0");
        as(editor, get("/reports/songxian-checun/2022/revisions/2"), 200);
        Document missing = as(editor, get("/reports/songxian-checun/2022/revisions/3"), 404);
        assertThat(missing.select("h1").text()).isEqualTo("页面不存在（404）");
        assertThat(missing.select(".error p").first().text()).contains("第 3 版");
        assertThat(auditLog.forReport(correction)).filteredOn(e -> e.getKind() == AuditKind.TRANSITION)
                .extracting(AuditEvent::getTarget)
                .containsExactly("（更正） → 草稿", "草稿 → 待审核", "待审核 → 已审核", "已审核 → 已发布");
    }
}
