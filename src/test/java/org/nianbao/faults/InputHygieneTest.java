package org.nianbao.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.Map;
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
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.annotation.Transactional;

/** Control characters, over-long text, unknown values and malformed JSON: a Chinese answer, never a 500. */
@PortalTest
@Transactional // each test's agency and report are rolled back
class InputHygieneTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AgencyRepository agencies;
    @Autowired
    ReportRepository reports;
    @Autowired
    UserDetailsService staff;

    Agency town() {
        Agency county = agencies.saveAndFlush(new Agency("hygiene", "输入测试县人民政府", AgencyKind.COUNTY, null));
        return agencies.saveAndFlush(new Agency("hygiene-town", "输入测试镇人民政府", AgencyKind.TOWNSHIP, county));
    }

    @Test
    void controlCharactersAreStrippedInOnePlace() {
        assertThat(ControlCharacters.clean("概述\u0000正文\u0007。\tA\r\nB\u007f\u0085\ufffe")).isEqualTo("概述正文。\tA\r\nB");
        assertThat(ControlCharacters.clean("😀\ud800x\udc00")).isEqualTo("😀x");
        assertThat(ControlCharacters.clean("干净的文字")).isSameAs("干净的文字");
    }

    @Test
    void aNulInAProseSectionIsRemovedTheRestIsSavedAndThePersonIsTold() throws Exception {
        Agency town = town();
        Report report = reports.saveAndFlush(new Report(town, 2022));
        Staff editor = StaffFixtures.staff("hygiene.editor", Role.EDITOR, town);
        StoredSession browser = new StoredSession(); // the flash attribute travels in the stored session
        MvcResult saved = browser.perform(mvc, post("/staff/reports/" + report.getId() + "/sections/overview")
                .with(user(editor)).with(csrf()).with(browser).param("text", "本年度\u0000依法公开\u0001政府信息。"))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(reports.findById(report.getId()).orElseThrow().content().section("overview"))
                .isEqualTo("本年度依法公开政府信息。");
        assertThat(saved.getFlashMap().get("inputNotice")).isEqualTo(InputNotice.MESSAGE);
        Document next = Jsoup.parse(browser.perform(mvc, get(saved.getResponse().getRedirectedUrl())
                .with(user(editor)).with(browser)).andReturn().getResponse().getContentAsString());
        assertThat(next.select(".input-notice [role=status]").text()).contains("控制字符").contains("已将其删除");
    }

    @Test
    void aNulInASignInNameIsNotAServerError() throws Exception {
        mvc.perform(post("/login").with(csrf()).param("username", "editor\u0000.luhun").param("password", "x")
                .with(r -> {
                    r.setRemoteAddr("198.51.100.18");
                    return r;
                }))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void anOverlongReturnReasonIsRefusedBesideTheFieldAndKept() throws Exception {
        Agency town = town();
        Report report = new Report(town, 2022);
        report.replaceContent(StaffFixtures.complete(report.content(), "本年度未收取信息处理费。"), Instant.now());
        report.submit(List.of(), Map.of(), Instant.parse("2023-01-10T00:00:00Z"));
        report = reports.saveAndFlush(report);
        Staff reviewer = StaffFixtures.staff("hygiene.reviewer", Role.REVIEWER, town);
        String reason = "请核对".repeat(700);
        Document page = Jsoup.parse(mvc.perform(post("/staff/reports/" + report.getId() + "/return")
                .with(user(reviewer)).with(csrf()).param("reason", reason))
                .andExpect(status().isUnprocessableEntity()).andReturn().getResponse().getContentAsString());
        assertThat(page.select("#reason-error").text()).isEqualTo("退回原因不能超过 2000 字（现有 2100 字）");
        assertThat(page.select("#reason").text()).isEqualTo(reason);
        assertThat(reports.findById(report.getId()).orElseThrow().getReturnReason()).isNull();
    }

    @Test
    void anUnknownAgencyKindIsExplainedInChineseWithoutJavaNames() throws Exception {
        String html = mvc.perform(post("/admin/agencies").with(user(staff.loadUserByUsername("admin"))).with(csrf())
                .param("code", "hygiene-new").param("name", "新机关").param("kind", "MOON_BASE")
                .param("parentCode", "songxian")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(Jsoup.parse(html).select("#kind-error").text()).isEqualTo("这一项的值无效，请从列表中选择或重新填写");
        assertThat(html).doesNotContain("java.").doesNotContain("org.nianbao").doesNotContain("AgencyKind");
        assertThat(agencies.findByCode("hygiene-new")).isEmpty();
    }

    @Test
    void aPasswordOfMoreThan72BytesIsNoServerError() throws Exception {
        // 26 Chinese characters are 78 bytes in UTF-8, past bcrypt's 72: hashed whole (PasswordHashing), so accepted
        mvc.perform(post("/admin/users").with(user(staff.loadUserByUsername("admin"))).with(csrf())
                .param("username", "hygiene.user").param("displayName", "测试").param("password", "伊河陆浑水库长堤".repeat(3) + "嵩县"))
                .andExpect(status().is3xxRedirection());
        // and more characters than the policy allows is refused beside the field, with the count
        String html = mvc.perform(post("/admin/users").with(user(staff.loadUserByUsername("admin"))).with(csrf())
                .param("username", "hygiene.user2").param("displayName", "测试").param("password", "密".repeat(65)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(html).select("#password-error").text()).contains("现为 65 个");
    }

    @Test
    void malformedJsonIsExplainedWithoutTheParsersInternals() throws Exception {
        for (String body : new String[] {"{'year': 2021}", "{\"year\": NaN}", "{\"year\": 01}", "{\"a\":1,\"a\":2}"}) {
            String answer = mvc.perform(post("/api/v1/validate").contentType(MediaType.APPLICATION_JSON).content(body))
                    .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
            assertThat(answer).as(body).doesNotContain("JsonReadFeature").doesNotContain("Feature")
                    .doesNotContain("ObjectNode").doesNotContain("tools.jackson").containsPattern("第 1 行第 \\d+ 列");
        }
    }
}
