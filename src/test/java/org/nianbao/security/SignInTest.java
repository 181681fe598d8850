package org.nianbao.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.logout;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.nianbao.PortalTest;
import org.nianbao.audit.AuditLog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Form login with the demo accounts, bcrypt hashes, failed sign-ins in the audit log, logout. */
@PortalTest
class SignInTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AuditLog auditLog;
    @Autowired
    AppUserRepository users;

    @Test
    void theLoginPageIsChineseAndPostsTheStandardParametersWithCsrf() throws Exception {
        Document page = Jsoup.parse(mvc.perform(get("/login")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
        assertThat(page.select("h1").text()).isEqualTo("工作人员登录");
        assertThat(page.select("form input[name=username]")).hasSize(1);
        assertThat(page.select("form input[name=password]")).hasSize(1);
        assertThat(page.select("form input[name=_csrf]")).hasSize(1);
    }

    @Test
    void aDemoAccountSignsInWithItsPassword() throws Exception {
        mvc.perform(formLogin("/login").user("editor.luhun").password("demo"))
                .andExpect(redirectedUrl("/staff"));
        assertThat(users.findByUsername("editor.luhun").orElseThrow().getPasswordHash())
                .startsWith("{bcrypt-sha256}$2");
    }

    @Test
    void aWrongPasswordIsRefusedInChineseAndRecorded() throws Exception {
        String name = "reviewer.songxian";
        long before = auditLog.failedLogins().stream().filter(e -> e.getUsername().equals(name))
                .mapToLong(e -> e.getOccurrences()).sum();
        mvc.perform(formLogin("/login").user(name).password("wrong")).andExpect(redirectedUrl("/login?error"));
        String html = mvc.perform(get("/login").param("error", "")).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(html).select(".alert.error").text()).isEqualTo("用户名或密码错误，请重新输入。");
        assertThat(auditLog.failedLogins().stream().filter(e -> e.getUsername().equals(name))
                .mapToLong(e -> e.getOccurrences()).sum()).isEqualTo(before + 1);
    }

    @Test
    void logoutEndsTheSession() throws Exception {
        mvc.perform(logout("/logout")).andExpect(redirectedUrl("/login?logout"));
    }
}
