package org.nianbao.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nianbao.security.StaffLogins.account;
import static org.nianbao.security.StaffLogins.newAddress;
import static org.nianbao.security.StaffLogins.session;
import static org.nianbao.security.StaffLogins.signIn;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.nianbao.PortalTest;
import org.nianbao.agency.Agency;
import org.nianbao.agency.AgencyRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Sessions live in PostgreSQL and follow the database at once: a revoked grant, a disabled account, a forced reset or
 * a changed password ends the user's sessions, so their next request must sign in again; a user lists and ends their
 * own sessions; sessions end after 30 minutes idle and 12 hours in all.
 */
@PortalTest
class SessionsFollowTheDatabaseTest {

    private static final String PASSWORD = "湖光山色四时皆宜";

    @Autowired
    MockMvc mvc;
    @Autowired
    AppUserRepository users;
    @Autowired
    AgencyRepository agencies;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    UserDetailsService staff;
    @Autowired
    JdbcIndexedSessionRepository sessionRepository;
    @Autowired
    StaffSessions staffSessions;

    private AppUser editor() {
        Agency luhun = agencies.findByCode("songxian-luhun").orElseThrow();
        return account(users, passwords, "editor", PASSWORD, Role.EDITOR, luhun);
    }

    private Cookie signedIn(AppUser user) throws Exception {
        var result = signIn(mvc, user.getUsername(), PASSWORD, newAddress());
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/staff");
        return session(result);
    }

    private int staffStatus(Cookie session) throws Exception {
        return mvc.perform(get("/staff").cookie(session)).andReturn().getResponse().getStatus();
    }

    private String staffRedirect(Cookie session) throws Exception {
        return mvc.perform(get("/staff").cookie(session)).andReturn().getResponse().getRedirectedUrl();
    }

    private void asAdmin(String url, String... params) throws Exception {
        var request = post(url).with(csrf()).with(user(staff.loadUserByUsername("admin")));
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        mvc.perform(request);
    }

    @Test
    void aRevokedGrantEndsTheSessionAtItsNextRequest() throws Exception {
        AppUser user = editor();
        Cookie session = signedIn(user);
        assertThat(staffStatus(session)).isEqualTo(200);
        long grant = users.findById(user.getId()).orElseThrow().getGrants().get(0).getId();

        asAdmin("/admin/users/" + user.getId() + "/grants/" + grant + "/delete");

        assertThat(staffRedirect(session)).endsWith("/login");
        assertThat(staffSessions.count(user.getUsername())).isZero();
    }

    @Test
    void aDisabledAccountLosesEverySessionAndCannotSignInAgain() throws Exception {
        AppUser user = editor();
        Cookie first = signedIn(user);
        Cookie second = signedIn(user);
        assertThat(staffSessions.count(user.getUsername())).isEqualTo(2);

        asAdmin("/admin/users/" + user.getId() + "/enabled", "enabled", "false");

        assertThat(staffRedirect(first)).endsWith("/login");
        assertThat(staffRedirect(second)).endsWith("/login");
        assertThat(signIn(mvc, user.getUsername(), PASSWORD, newAddress()).getResponse().getRedirectedUrl())
                .isEqualTo("/login?error");
    }

    @Test
    void changingOnesPasswordEndsTheOtherSessionsAndKeepsThisOne() throws Exception {
        AppUser user = editor();
        Cookie elsewhere = signedIn(user);
        Cookie here = signedIn(user);
        String newPassword = "嵩县陆浑镇新的密码";

        Document refused = Jsoup.parse(mvc.perform(post("/staff/password").with(csrf()).cookie(here)
                .param("current", PASSWORD).param("password", "password1").param("confirm", "password1"))
                .andReturn().getResponse().getContentAsString());
        assertThat(refused.select("#password-error").text()).isEqualTo("这是最常用的一万个密码之一，很容易被猜中，请换一个");
        assertThat(staffStatus(elsewhere)).as("nothing changed yet").isEqualTo(200);

        String location = mvc.perform(post("/staff/password").with(csrf()).cookie(here).param("current", PASSWORD)
                .param("password", newPassword).param("confirm", newPassword))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(location).isEqualTo("/staff/sessions");

        assertThat(staffStatus(here)).isEqualTo(200);
        assertThat(staffRedirect(elsewhere)).endsWith("/login");
        assertThat(passwords.matches(newPassword, users.findById(user.getId()).orElseThrow().getPasswordHash()))
                .isTrue();
        assertThat(signIn(mvc, user.getUsername(), PASSWORD, newAddress()).getResponse().getRedirectedUrl())
                .isEqualTo("/login?error");
    }

    @Test
    void aUserSeesTheirSessionsAndEndsOne() throws Exception {
        AppUser user = editor();
        Cookie other = signedIn(user);
        Cookie here = signedIn(user);
        Document page = Jsoup.parse(mvc.perform(get("/staff/sessions").cookie(here)).andReturn().getResponse()
                .getContentAsString());
        assertThat(page.select("tbody tr")).hasSize(2);
        assertThat(page.select("tbody tr strong").text()).isEqualTo("当前登录");
        String action = page.select("tbody tr form").attr("action");

        mvc.perform(post(action).with(csrf()).cookie(here));

        assertThat(staffRedirect(other)).endsWith("/login");
        assertThat(staffStatus(here)).isEqualTo(200);
        assertThat(staffSessions.count(user.getUsername())).isEqualTo(1);
    }

    @Test
    void aForcedResetEndsTheSessionsAndAsksForANewPasswordBeforeAnythingElse() throws Exception {
        AppUser user = editor();
        Cookie before = signedIn(user);

        asAdmin("/admin/users/" + user.getId() + "/password-reset");

        assertThat(staffRedirect(before)).endsWith("/login");
        var result = signIn(mvc, user.getUsername(), PASSWORD, newAddress());
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/staff/password");
        Cookie session = session(result);
        assertThat(staffRedirect(session)).isEqualTo("/staff/password");
        Document form = Jsoup.parse(mvc.perform(get("/staff/password").cookie(session)).andReturn().getResponse()
                .getContentAsString());
        assertThat(form.select(".alert").text()).contains("管理员要求您设置新密码");

        String newPassword = "伊河北岸的新密码";
        mvc.perform(post("/staff/password").with(csrf()).cookie(session).param("current", PASSWORD)
                .param("password", newPassword).param("confirm", newPassword));

        assertThat(staffStatus(session)).isEqualTo(200);
        assertThat(users.findById(user.getId()).orElseThrow().isPasswordResetRequired()).isFalse();
    }

    @Test
    void sessionsIdleFor30MinutesExpireAndNoneOutlives12Hours() throws Exception {
        AppUser user = editor();
        Cookie cookie = signedIn(user);
        String id = new String(Base64.getDecoder().decode(cookie.getValue()), StandardCharsets.UTF_8);
        @SuppressWarnings({"unchecked", "rawtypes"})
        SessionRepository<Session> repository = (SessionRepository) sessionRepository;
        Session session = repository.findById(id);
        assertThat(session.getMaxInactiveInterval()).isEqualTo(Duration.ofMinutes(30));

        session.setAttribute(StaffSessions.SIGNED_IN_AT, Instant.now().minus(Duration.ofHours(12)).minusSeconds(5)
                .toEpochMilli());
        repository.save(session);

        assertThat(staffRedirect(cookie)).isEqualTo("/login?expired");
        assertThat(sessionRepository.findById(id)).isNull();
    }
}
