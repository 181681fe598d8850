package org.nianbao.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
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
import org.nianbao.statutory.ReportContent;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/** The new findings reach the validation API and the editor's submit page like any other warning. */
@PortalTest
@Transactional
class ProseFindingsOverHttpTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AgencyRepository agencies;
    @Autowired
    ReportRepository reports;

    static String demo() throws IOException {
        try (InputStream in = ProseFindingsOverHttpTest.class.getResourceAsStream("/demo/songxian-luhun-2021.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theApiAnswersTheCarriedOverTextOfThePublishedSampleWithItsPlaceInTheText() throws Exception {
        mvc.perform(post("/api/v1/validate").contentType(MediaType.APPLICATION_JSON).content(demo()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.findings[?(@.rule == 'T6')].text.text").value(
                        org.hamcrest.Matchers.containsInAnyOrder("办事处", "办事处", "桐峪")))
                .andExpect(jsonPath("$.findings[?(@.rule == 'T6' && @.text.text == '桐峪')].text.section")
                        .value(org.hamcrest.Matchers.contains("problems")))
                .andExpect(jsonPath("$.findings[?(@.rule == 'T1')]").isEmpty());
    }

    @Test
    void theApiAnswersAProseFigureThatDiffersFromTheTableAndAnAmbiguousOneAsInfo() throws Exception {
        String json = demo().replaceFirst("\"overview\": \"", "\"overview\": \"本年度收到政府信息公开申请叁件。全年收到和办结申请共5件。")
                .replaceFirst("\"coercion\": \\{\\s*\"decisions\": 0\\s*}", "\"coercion\": {\"decisions\": 1000000000}");

        mvc.perform(post("/api/v1/validate").contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.findings[?(@.rule == 'T1' && @.severity == 'warning')].message").value(
                        org.hamcrest.Matchers.contains("「本年度收到政府信息公开申请叁件。」：文中本年新收申请为3，"
                                + "表三 第一项 本年新收政府信息公开申请数量 · 总计为0，相差3（T1）")))
                .andExpect(jsonPath("$.findings[?(@.rule == 'T1' && @.severity == 'warning')].cells[0].row").value(
                        org.hamcrest.Matchers.contains("received")))
                .andExpect(jsonPath("$.findings[?(@.rule == 'T1' && @.severity == 'info')]").isNotEmpty())
                .andExpect(jsonPath("$.infoCount").value(org.hamcrest.Matchers.greaterThan(0)))
                .andExpect(jsonPath("$.findings[?(@.rule == 'P1')].cells[0].row").value(
                        org.hamcrest.Matchers.contains("coercion")));
    }

    @Test
    void aProseWarningIsExplainedAtSubmissionLikeAnyWarningAndAnInfoNeedsNoExplanation() throws Exception {
        Agency jia = QualityFixtures.township(agencies, "q15-jia", "甲山镇人民政府");
        Staff editor = StaffFixtures.staff("q15.editor", Role.EDITOR, jia);
        ReportContent content = StaffFixtures.complete(QualityFixtures.content(jia, 2022, "", ""), "本年度未收取信息处理费。");
        java.util.Map<String, String> sections = new java.util.HashMap<>(content.sections());
        sections.put("overview", "本年度收到政府信息公开申请3件。全年收到和办结申请共5件。");
        Report draft = new Report(jia, 2022);
        draft.replaceContent(new ReportContent(content.agencyCode(), content.agencyName(), 2022, content.edition(),
                sections, content.values()), Instant.now());
        long id = reports.saveAndFlush(draft).getId();

        Document form = Jsoup.parse(mvc.perform(get("/staff/reports/" + id + "/submit").with(user(editor)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));

        assertThat(form.select(".explain label").eachText()).containsExactly(
                "「本年度收到政府信息公开申请3件。」：文中本年新收申请为3，表三 第一项 本年新收政府信息公开申请数量 · 总计为0，相差3（T1）",
                "表三全部为0，而正文「本年度收到政府信息公开申请3件。」写有本年新收申请，请核对（P3）");
        var submit = post("/staff/reports/" + id + "/submit").with(user(editor)).with(csrf());
        form.select(".explain textarea").forEach(t -> submit.param(t.attr("name"), "表三数字已核对，正文笔误，将在发布前更正。"));
        mvc.perform(submit).andExpect(status().is3xxRedirection());
        assertThat(reports.findById(id).orElseThrow().getStatus()).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(reports.findById(id).orElseThrow().getExplanations()).hasSize(2);
    }
}
