package org.nianbao.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.function.BiPredicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nianbao.PortalTest;
import org.nianbao.agency.Agency;
import org.nianbao.agency.AgencyRepository;
import org.nianbao.report.ReportRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every role against every action. Rows: the demo accounts (admin, editor.luhun, reviewer.songxian, auditor), an
 * editor of another township, and nobody signed in. Columns: what each may do on 陆浑镇 and on 田湖镇, as the exact
 * answer (status, and where a redirect leads with its message).
 */
@PortalTest
class AccessMatrixTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Access access;
    @Autowired
    AgencyRepository agencies;
    @Autowired
    AppUserRepository users;
    @Autowired
    ReportRepository reports;
    @Autowired
    TransactionTemplate tx;

    private Agency luhun;
    private Agency tianhu;
    private Agency county;

    @BeforeEach
    void accounts() {
        luhun = agencies.findByCode("songxian-luhun").orElseThrow();
        tianhu = agencies.findByCode("songxian-tianhu").orElseThrow();
        county = agencies.findByCode("songxian").orElseThrow();
        if (users.findByUsername("editor.tianhu.matrix").isEmpty()) {
            tx.executeWithoutResult(s -> {
                AppUser user = new AppUser("editor.tianhu.matrix", "田湖镇填报人", "{noop}x");
                user.grant(Role.EDITOR, tianhu);
                users.save(user);
            });
        }
    }

    private Staff staff(String username) {
        return tx.execute(s -> Staff.of(users.findByUsername(username).orElseThrow()));
    }

    /** Expected answers, per account, of each permission on 陆浑镇 / 田湖镇 / the county. */
    @Test
    void permissionsFollowTheGrantsAndTheHierarchy() {
        Map<String, BiPredicate<Staff, Agency>> actions = new LinkedHashMap<>();
        actions.put("edit", access::canEdit);
        actions.put("review", access::canReview);
        actions.put("publish", access::canPublish);
        actions.put("read", access::canRead);
        actions.put("audit", access::canReadAuditLog);

        // account -> action -> [陆浑镇, 田湖镇, 嵩县]
        Map<String, Map<String, List<Boolean>>> expected = Map.of(
                "admin", Map.of("edit", no(), "review", no(), "publish", no(), "read", no(), "audit", no()),
                "editor.luhun", Map.of("edit", List.of(true, false, false), "review", no(), "publish", no(),
                        "read", List.of(true, false, false), "audit", no()),
                "editor.tianhu.matrix", Map.of("edit", List.of(false, true, false), "review", no(), "publish", no(),
                        "read", List.of(false, true, false), "audit", no()),
                "reviewer.songxian", Map.of("edit", no(), "review", yes(), "publish", yes(), "read", yes(),
                        "audit", yes()),
                "auditor", Map.of("edit", no(), "review", no(), "publish", no(), "read", yes(), "audit", yes()));

        List<Agency> targets = List.of(luhun, tianhu, county);
        expected.forEach((username, byAction) -> {
            Staff staff = staff(username);
            byAction.forEach((action, answers) -> {
                for (int i = 0; i < targets.size(); i++) {
                    assertThat(actions.get(action).test(staff, targets.get(i)))
                            .as(username + " " + action + " " + targets.get(i).getCode()).isEqualTo(answers.get(i));
                }
            });
        });
        assertThat(access.isAdmin(staff("admin"))).isTrue();
        assertThat(access.isAdmin(staff("auditor"))).isFalse();
    }

    @Test
    void staffPagesAnswerEachAccountAsItsRolesAllow() throws Exception {
        long luhun2021 = tx.execute(s -> reports.findLatestPublished("songxian-luhun", 2021).orElseThrow().getId());
        Map<String, RequestBuilder> pages = new LinkedHashMap<>();
        pages.put("admin users", get("/admin/users"));
        pages.put("admin agencies", get("/admin/agencies"));
        pages.put("audit log", get("/audit/reports/" + luhun2021));
        pages.put("audit csv", get("/audit/reports/" + luhun2021 + ".csv"));
        pages.put("failed logins", get("/audit/logins"));
        pages.put("new agency", post("/admin/agencies").with(csrf()).param("code", "").param("name", ""));

        // account -> expected status per page, in the order above (200 page, 403 refused)
        Map<String, List<Integer>> expected = new LinkedHashMap<>();
        expected.put("admin", List.of(200, 200, 403, 403, 200, 200));
        expected.put("editor.luhun", List.of(403, 403, 403, 403, 403, 403));
        expected.put("editor.tianhu.matrix", List.of(403, 403, 403, 403, 403, 403));
        expected.put("reviewer.songxian", List.of(403, 403, 200, 200, 403, 403));
        expected.put("auditor", List.of(403, 403, 200, 200, 200, 403));

        for (var row : expected.entrySet()) {
            Staff staff = staff(row.getKey());
            int i = 0;
            for (var page : pages.entrySet()) {
                RequestBuilder request = page.getValue();
                int status = mvc.perform(request instanceof org.springframework.test.web.servlet.request
                        .MockHttpServletRequestBuilder b ? b.with(user(staff)) : request)
                        .andReturn().getResponse().getStatus();
                assertThat(status).as(row.getKey() + " → " + page.getKey()).isEqualTo(row.getValue().get(i++));
            }
        }
    }

    /**
     * Staff actions on a 陆浑镇 draft (a new one for each account, rolled back): each account gets exactly the answer
     * its roles give — the page (200), the action done and the page after it (302 → where), refused (403), or let
     * through to the action whose own rules say no (a draft cannot be returned, approved or published before it is
     * submitted, nor corrected before it is published: 409).
     */
    @Test
    void staffActionsOnADraftAnswerEachAccountExactly() throws Exception {
        String[] actions = {"view report", "view section", "draft pdf", "preview", "save section", "submit",
                "return", "approve", "publish", "correction", "audit log"};

        // account -> answer per action in the order above; {id} is the draft's id. The editor saves (and sees the
        // section again) and may submit, which the empty draft's errors refuse (422); the reviewer and publisher
        // reaches every step, which the draft's state refuses with the reason; the auditor only reads.
        String notInState = "302 /staff/reports/{id} problem=报告当前状态为“草稿”，不能";
        List<String> refused = List.of("403", "403", "403", "403", "403", "403", "403", "403", "403", "403", "403");
        Map<String, List<String>> expected = new LinkedHashMap<>();
        expected.put("editor.luhun", List.of("200", "200", "200", "200",
                "302 /staff/reports/{id}/sections/overview saved=true", "422", "403", "403", "403", "403", "403"));
        expected.put("editor.tianhu.matrix", refused);
        expected.put("reviewer.songxian", List.of("200", "200", "200", "200", "403", "403", notInState + "退回",
                notInState + "审核通过", notInState + "发布", notInState + "更正", "200"));
        expected.put("auditor", List.of("200", "200", "200", "200", "403", "403", "403", "403", "403", "403",
                "200"));
        expected.put("admin", refused);
        expected.put("nobody", Collections.nCopies(actions.length, "302 /login"));

        for (var row : expected.entrySet()) {
            Staff staff = row.getKey().equals("nobody") ? null : staff(row.getKey());
            tx.executeWithoutResult(status -> {
                status.setRollbackOnly();
                long id = reports.save(new org.nianbao.report.Report(luhun, 2024)).getId();
                String base = "/staff/reports/" + id;
                List<MockHttpServletRequestBuilder> requests = List.of(get(base), get(base + "/sections/overview"),
                        get(base + ".pdf"), get(base + "/preview"),
                        post(base + "/sections/overview").with(csrf()).param("version", "0").param("text", "总体情况"),
                        post(base + "/submit").with(csrf()),
                        post(base + "/return").with(csrf()).param("reason", "请核对"),
                        post(base + "/approve").with(csrf()),
                        post(base + "/publish").with(csrf()),
                        post(base + "/correction").with(csrf()).param("note", "更正"),
                        get("/audit/reports/" + id));
                List<String> answers = new ArrayList<>();
                for (MockHttpServletRequestBuilder request : requests) {
                    answers.add(answer(staff == null ? request : request.with(user(staff))));
                }
                List<String> wanted = row.getValue().stream().map(w -> w.replace("{id}", String.valueOf(id))).toList();
                for (int i = 0; i < actions.length; i++) {
                    assertThat(answers.get(i)).as(row.getKey() + " → " + actions[i]).isEqualTo(wanted.get(i));
                }
            });
        }
    }

    /**
     * The status, and for a redirect where it leads with the message it carries: "200", "403",
     * "302 /staff/reports/7 problem=…".
     */
    private String answer(MockHttpServletRequestBuilder request) {
        try {
            var result = mvc.perform(request).andReturn();
            var response = result.getResponse();
            if (response.getStatus() != 302) {
                return String.valueOf(response.getStatus());
            }
            Map<String, Object> kept = result.getFlashMap() == null ? Map.of() : result.getFlashMap();
            String flash = new TreeMap<>(kept).entrySet().stream()
                    .map(e -> " " + e.getKey() + "=" + e.getValue()).collect(Collectors.joining());
            return "302 " + response.getRedirectedUrl() + flash;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void nobodySignedInIsSentToTheLoginPage() throws Exception {
        for (String url : List.of("/staff", "/admin/users", "/audit/logins", "/audit/reports/1")) {
            String location = mvc.perform(get(url)).andReturn().getResponse().getRedirectedUrl();
            assertThat(location).as(url).endsWith("/login");
        }
        var refused = mvc.perform(post("/admin/agencies").param("code", "x").param("name", "x")).andReturn()
                .getResponse();
        assertThat(refused.getRedirectedUrl()).as("a form without its CSRF token leads to sign-in (ADR 0015)")
                .isEqualTo("/login");
    }

    private static List<Boolean> yes() {
        return List.of(true, true, true);
    }

    private static List<Boolean> no() {
        return List.of(false, false, false);
    }
}
