package org.nianbao.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nianbao.PortalTest;
import org.nianbao.agency.Agency;
import org.nianbao.agency.AgencyRepository;
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

/** Withdrawing, the reviewer's dashboard, corrections that keep their explanations, and clear staff 404s. */
@PortalTest
@Transactional // every test's reports (and publications) are rolled back
class ReviewAndDashboardTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AgencyRepository agencies;

    @Autowired
    ReportRepository reports;

    Staff editor;
    Staff reviewer;

    @BeforeEach
    void staff() {
        Agency checun = agencies.findByCode("songxian-checun").orElseThrow();
        editor = StaffFixtures.staff("test.rd.editor", Role.EDITOR, checun);
        reviewer = StaffFixtures.staff("test.rd.reviewer", agencies.findByCode("songxian").orElseThrow(),
                Role.REVIEWER, Role.PUBLISHER);
    }

    long create(int year) throws Exception {
        String location = mvc.perform(post("/staff/reports").with(user(editor)).with(csrf())
                .param("agency", "songxian-checun").param("year", String.valueOf(year)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    void complete(long id, String otherMatters) {
        Report report = reports.findById(id).orElseThrow();
        report.replaceContent(StaffFixtures.complete(report.content(), otherMatters), Instant.now());
        reports.saveAndFlush(report);
    }

    Document as(Staff staff, MockHttpServletRequestBuilder request, int expected) throws Exception {
        return Jsoup.parse(mvc.perform(request.with(user(staff)).with(csrf())).andExpect(status().is(expected))
                .andReturn().getResponse().getContentAsString());
    }

    String submitWithExplanation(long id, String explanation) throws Exception {
        Document form = as(editor, get("/staff/reports/" + id + "/submit"), 200);
        String field = form.select(".explain textarea").attr("name");
        as(editor, post("/staff/reports/" + id + "/submit").param(field, explanation), 302);
        return field;
    }

    /** Table four's form as loaded with every cell 0, 结果维持 of 行政复议 changed to {@code upheld}. */
    MockHttpServletRequestBuilder tableFour(long id, String upheld) {
        MockHttpServletRequestBuilder request = post("/staff/reports/" + id + "/sections/review_litigation");
        for (String row : java.util.List.of("review", "suit_direct", "suit_after_review")) {
            for (String column : java.util.List.of("upheld", "corrected", "other", "pending")) {
                String key = "review_litigation." + row + "." + column;
                request.param("base." + key, "0").param(key, key.equals("review_litigation.review.upheld") ? upheld : "0");
            }
        }
        return request;
    }

    @Test
    void theEditorWithdrawsASubmissionBeforeReviewAndCanEditAgain() throws Exception {
        long id = create(2022);
        complete(id, "无");
        submitWithExplanation(id, "本年度未收取信息处理费");
        Document page = as(editor, get("/staff/reports/" + id), 200);
        assertThat(page.select("form.withdraw button").text()).isEqualTo("撤回提交");
        as(editor, post("/staff/reports/" + id + "/withdraw"), 302);
        assertThat(reports.findById(id).orElseThrow().getStatus()).isEqualTo(ReportStatus.DRAFT);
        assertThat(as(editor, get("/staff/reports/" + id), 200).select("form.withdraw")).isEmpty();

        // once approved it can no longer be withdrawn
        submitWithExplanation(id, "本年度未收取信息处理费");
        as(reviewer, post("/staff/reports/" + id + "/approve"), 302);
        as(editor, post("/staff/reports/" + id + "/withdraw"), 302);
        assertThat(reports.findById(id).orElseThrow().getStatus()).isEqualTo(ReportStatus.APPROVED);
    }

    @Test
    void aCorrectionStartsWithTheEarlierExplanationsAndAPublishedReportOffersNoDraftPdf() throws Exception {
        long id = create(2022);
        complete(id, "无");
        submitWithExplanation(id, "本年度未收取信息处理费");
        as(reviewer, post("/staff/reports/" + id + "/approve"), 302);
        as(reviewer, post("/staff/reports/" + id + "/publish"), 302);
        Document published = as(editor, get("/staff/reports/" + id), 200);
        assertThat(published.select("a").eachText()).doesNotContain("下载草稿 PDF").contains("下载已发布的 PDF");

        String location = mvc.perform(post("/staff/reports/" + id + "/correction").with(user(reviewer)).with(csrf())
                .param("note", "更正错别字")).andReturn().getResponse().getRedirectedUrl();
        long correction = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        Document submit = as(editor, get("/staff/reports/" + correction + "/submit"), 200);
        assertThat(submit.select(".explain textarea").text()).isEqualTo("本年度未收取信息处理费");
    }

    @Test
    void theReviewersDashboardPutsSubmissionsFirstCountsThemAndFilters() throws Exception {
        long waiting = create(2022);
        complete(waiting, "无");
        submitWithExplanation(waiting, "本年度未收取信息处理费");
        Document all = as(reviewer, get("/staff"), 200);
        List<String> lines = all.select("table.list tbody tr").eachText();
        int lastWaiting = -1;
        int firstOther = Integer.MAX_VALUE;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("待审核")) {
                lastWaiting = i;
            } else {
                firstOther = Math.min(firstOther, i);
            }
        }
        assertThat(lastWaiting).as("待审核 first").isLessThan(firstOther);
        assertThat(lines.subList(0, lastWaiting + 1)).anySatisfy(t -> assertThat(t).contains("2022", "车村镇人民政府"));
        assertThat(all.select(".status-counts li").first().text()).startsWith("待审核");
        assertThat(all.select(".overdue-agencies").text()).contains("车村镇人民政府");

        Document filtered = as(reviewer, get("/staff").param("status", "SUBMITTED").param("agency", "songxian-checun"),
                200);
        assertThat(filtered.select("table.list tbody tr").eachText()).hasSize(1)
                .allSatisfy(t -> assertThat(t).contains("2022", "车村镇人民政府", "待审核"));
        assertThat(filtered.select("#filter-status option[selected]").val()).isEqualTo("SUBMITTED");
    }

    @Test
    void theDashboardListsEveryYearFrom2019WithTheOverdueOnesMarked() throws Exception {
        Document doc = as(editor, get("/staff").param("agency", "songxian-checun"), 200);
        for (int year = 2019; year <= java.time.LocalDate.now().getYear() - 1; year++) {
            String y = String.valueOf(year);
            assertThat(doc.select("table.list tbody tr").eachText()).as(y)
                    .anySatisfy(t -> assertThat(t).startsWith(y + " "));
        }
        assertThat(doc.select("table.list tbody tr.overdue").eachText())
                .anySatisfy(t -> assertThat(t).contains("2020", "未创建", "已逾期"));
    }

    @Test
    void returningAttachesCommentsShownBesideTheirCellsAndTheResubmissionShowsWhatChanged() throws Exception {
        long id = create(2022);
        complete(id, "无");
        submitWithExplanation(id, "本年度未收取信息处理费");
        Document refused = as(reviewer, post("/staff/reports/" + id + "/return").param("reason", "请核对")
                .param("targets", "").param("texts", "没有选位置的意见"), 422);
        assertThat(refused.select("#comment-0-error").text()).isEqualTo("请选择这条意见针对的单元格或部分");
        assertThat(refused.select("#comment-text-0").text()).isEqualTo("没有选位置的意见");

        as(reviewer, post("/staff/reports/" + id + "/return").param("reason", "请核对表四和总体情况")
                .param("targets", "review_litigation.review.upheld", "overview", "")
                .param("texts", "维持的件数与台账不符", "请补充主动公开情况", ""), 302);
        Document grid = as(editor, get("/staff/reports/" + id + "/sections/review_litigation"), 200);
        assertThat(grid.select("#cell-review_litigation-review-upheld .review-comment").text())
                .isEqualTo("审核意见：维持的件数与台账不符");
        Document prose = as(editor, get("/staff/reports/" + id + "/sections/overview"), 200);
        assertThat(prose.select("p.review-comment").text()).contains("请补充主动公开情况");

        as(editor, tableFour(id, "2"), 302);
        as(editor, post("/staff/reports/" + id + "/sections/overview").param("base.text", "本年度依法做好政府信息公开工作。")
                .param("text", "本年度依法做好政府信息公开工作，主动公开各类信息。"), 302);
        submitWithExplanation(id, "本年度未收取信息处理费");
        Document review = as(reviewer, get("/staff/reports/" + id), 200);
        assertThat(review.select("#changes-heading").text()).isEqualTo("与上次退回时审核人看到的版本相比的修改");
        assertThat(review.select("table.changed-cells tbody tr").eachText())
                .anySatisfy(t -> assertThat(t).contains("行政复议", "结果维持", "0", "2"))
                .noneSatisfy(t -> assertThat(t).contains("尚未审结"));
        assertThat(review.select(".changes .text-diff ins").eachText()).containsExactly("，主动公开各类信息");
        assertThat(review.select(".changes .text-diff del")).as("the full stop stays: nothing deleted").isEmpty();
    }

    @Test
    void aCorrectionShowsTheReviewerWhatChangedAgainstThePublishedRevision() throws Exception {
        long id = create(2022);
        complete(id, "本年度未收取信息处理费。");
        as(editor, post("/staff/reports/" + id + "/submit"), 302);
        as(reviewer, post("/staff/reports/" + id + "/approve"), 302);
        as(reviewer, post("/staff/reports/" + id + "/publish"), 302);
        String location = mvc.perform(post("/staff/reports/" + id + "/correction").with(user(reviewer)).with(csrf())
                .param("note", "更正表四")).andReturn().getResponse().getRedirectedUrl();
        long correction = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        as(editor, tableFour(correction, "1"), 302);
        Document page = as(reviewer, get("/staff/reports/" + correction), 200);
        assertThat(page.select("#changes-heading").text()).isEqualTo("与第 1 版（已发布）相比的修改");
        assertThat(page.select("table.changed-cells tbody tr").eachText()).hasSize(2) // the cell and its total
                .anySatisfy(t -> assertThat(t).contains("结果维持", "0", "1"));
    }

    @Test
    void aMistypedStaffAddressGetsAChinese404() throws Exception {
        Document doc = as(editor, get("/staff/reports/abc"), 404);
        assertThat(doc.text()).contains("“abc”不是报告编号");
        as(editor, get("/staff/reports/abc/sections/overview"), 404);
    }
}
