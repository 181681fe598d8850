package org.nianbao.editing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nianbao.PortalTest;
import org.nianbao.StoredSession;
import org.nianbao.agency.AgencyRepository;
import org.nianbao.report.ReportRepository;
import org.nianbao.security.Role;
import org.nianbao.security.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * The server's side of "nothing typed is lost": a post refused for its session or CSRF token keeps what was typed and
 * leads through sign-in back to the form, which offers it again; autosave answers in JSON and merges like 保存.
 */
@PortalTest
@Transactional // every test's reports are rolled back
class UnsavedWorkTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AgencyRepository agencies;

    @Autowired
    ReportRepository reports;

    Staff editor;
    long id;

    @BeforeEach
    void createReport() throws Exception {
        editor = StaffFixtures.staff("test.editor.jiuxian2", Role.EDITOR, agencies.findByCode("songxian-jiuxian").orElseThrow());
        String location = mvc.perform(post("/staff/reports").with(user(editor)).with(csrf())
                .param("agency", "songxian-jiuxian").param("year", "2022"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    @Test
    void aSaveAfterTheSessionEndedLeadsToSignInAndBackToTheFormWithTheTypedTextNotYetSaved() throws Exception {
        StoredSession session = new StoredSession();
        String section = "/staff/reports/" + id + "/sections/overview";
        // no sign-in and no CSRF token: the session has ended
        session.perform(mvc, post(section).with(session).param("base.text", "").param("text", "登录过期前写的总体情况"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/login?expired&kept"));
        assertThat(reports.findById(id).orElseThrow().content().section("overview")).as("nothing saved").isEmpty();

        String html = session.perform(mvc, get(section).with(session).with(user(editor))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        Document doc = Jsoup.parse(html);
        assertThat(doc.select("textarea#text").text()).isEqualTo("登录过期前写的总体情况");
        assertThat(doc.select(".alert.restored").text()).contains("还没有保存");
        assertThat(doc.select("form.section-form").attr("data-restored")).isEqualTo("true");
        assertThat(doc.select("input[name=base.text]").val()).as("merged against what the form was loaded with")
                .isEmpty();

        // offered once: the next visit shows what is saved
        String again = session.perform(mvc, get(section).with(session).with(user(editor))).andReturn().getResponse()
                .getContentAsString();
        assertThat(Jsoup.parse(again).select("textarea#text").text()).isEmpty();
    }

    @Test
    void aStaleTokenOfASignedInEditorReturnsToTheFormWithTheTypedFigures() throws Exception {
        StoredSession session = new StoredSession();
        String section = "/staff/reports/" + id + "/sections/review_litigation";
        session.perform(mvc, post(section).with(session).with(user(editor)).with(csrf().useInvalidToken())
                .param("review_litigation.review.upheld", "7"))
                .andExpect(status().isFound()).andExpect(redirectedUrl(section));
        Document doc = Jsoup.parse(session.perform(mvc, get(section).with(session).with(user(editor)))
                .andReturn().getResponse().getContentAsString());
        assertThat(doc.select("input[name=review_litigation.review.upheld]").val()).isEqualTo("7");
    }

    @Test
    void autosaveMergesLikeSaveAndAnswersInJson() throws Exception {
        String section = "/staff/reports/" + id + "/sections/problems";
        mvc.perform(post(section).with(user(editor)).with(csrf()).header("X-Autosave", "1")
                .param("base.text", "").param("text", "自动保存的问题"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("saved"))
                .andExpect(jsonPath("$.at").value(org.hamcrest.Matchers.matchesPattern("\\d\\d:\\d\\d")));
        assertThat(reports.findById(id).orElseThrow().content().section("problems")).isEqualTo("自动保存的问题");

        mvc.perform(post(section).with(user(editor)).with(csrf()).header("X-Autosave", "1")
                .param("base.text", "").param("text", "另一个标签页的问题"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.state").value("conflict"));
        mvc.perform(post("/staff/reports/" + id + "/sections/review_litigation").with(user(editor)).with(csrf())
                .header("X-Autosave", "1").param("review_litigation.review.upheld", "abc"))
                .andExpect(status().isUnprocessableEntity()).andExpect(jsonPath("$.state").value("refused"));
        assertThat(reports.findById(id).orElseThrow().content().section("problems")).isEqualTo("自动保存的问题");
    }

    @Test
    void anAutosaveAfterTheSessionEndedIsAnsweredWith401AndKeptForAfterSignIn() throws Exception {
        StoredSession session = new StoredSession();
        String section = "/staff/reports/" + id + "/sections/other_matters";
        session.perform(mvc, post(section).with(session).header("X-Autosave", "1").param("text", "其他事项"))
                .andExpect(status().isUnauthorized()).andExpect(content().json("{\"state\":\"signed-out\"}"));
        Document doc = Jsoup.parse(session.perform(mvc, get(section).with(session).with(user(editor)))
                .andReturn().getResponse().getContentAsString());
        assertThat(doc.select("textarea#text").text()).isEqualTo("其他事项");
    }

    @Test
    void aForbiddenPostGetsTheAccessDeniedPageNot405() throws Exception {
        Staff other = StaffFixtures.staff("test.editor.other", Role.EDITOR,
                agencies.findByCode("songxian-checun").orElseThrow());
        mvc.perform(post("/staff/reports/" + id + "/sections/overview").with(user(other)).with(csrf())
                .param("text", "x")).andExpect(status().isForbidden())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl(
                        "/access-denied"));
    }
}
