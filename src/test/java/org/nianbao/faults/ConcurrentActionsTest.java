package org.nianbao.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.nianbao.PortalTest;
import org.nianbao.agency.Agency;
import org.nianbao.agency.AgencyKind;
import org.nianbao.agency.AgencyRepository;
import org.nianbao.audit.AuditKind;
import org.nianbao.audit.AuditLog;
import org.nianbao.editing.StaffFixtures;
import org.nianbao.report.Report;
import org.nianbao.report.ReportRepository;
import org.nianbao.report.ReportStatus;
import org.nianbao.security.AppUser;
import org.nianbao.security.AppUserRepository;
import org.nianbao.security.Role;
import org.nianbao.security.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Ten people taking the same step at the same moment: one of them does it, the others are told so in Chinese (a
 * 409 page, or a redirect with a message); nobody sees a server error, and the data holds exactly one result.
 * Each test owns a township of its own (committed, since the requests run in parallel).
 */
@PortalTest
class ConcurrentActionsTest {

    private static final AtomicInteger RUN = new AtomicInteger();

    @Autowired
    MockMvc mvc;
    @Autowired
    AgencyRepository agencies;
    @Autowired
    ReportRepository reports;
    @Autowired
    AppUserRepository users;
    @Autowired
    AuditLog auditLog;
    @Autowired
    UserDetailsService staff;
    @Autowired
    TransactionTemplate tx;

    Agency township() {
        // under the demo county, as other tests' agencies: the home page lists one county
        String code = "songxian-race" + RUN.incrementAndGet() + "-" + System.nanoTime() % 1_000_000;
        return tx.execute(s -> agencies.saveAndFlush(new Agency(code, "并发测试镇人民政府", AgencyKind.TOWNSHIP,
                agencies.findByCode("songxian").orElseThrow())));
    }

    /** Sends {@code request} ten times at once and returns the answers. */
    List<MvcResult> tenAtOnce(Supplier<MockHttpServletRequestBuilder> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(10);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<MvcResult>> answers = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                answers.add(pool.submit(() -> {
                    MockHttpServletRequestBuilder own = request.get(); // a builder is not thread-safe
                    start.await();
                    return mvc.perform(own).andReturn();
                }));
            }
            start.countDown();
            List<MvcResult> results = new ArrayList<>();
            for (Future<MvcResult> answer : answers) {
                results.add(answer.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    static List<MockHttpServletResponse> noServerError(List<MvcResult> results) throws Exception {
        List<MockHttpServletResponse> responses = results.stream().map(MvcResult::getResponse).toList();
        for (MockHttpServletResponse response : responses) {
            assertThat(response.getStatus()).isIn(302, 409, 422);
            assertThat(response.getContentAsString()).doesNotContain("Exception").doesNotContain("org.");
        }
        return responses;
    }

    /** The redirected answers other than the first: each carries a Chinese message for the page it goes back to. */
    static void theOthersAreTold(List<MvcResult> results) {
        List<MvcResult> redirected = results.stream().filter(r -> r.getResponse().getStatus() == 302).toList();
        assertThat(redirected).filteredOn(r -> r.getFlashMap().get("done") != null).hasSize(1);
        assertThat(redirected).filteredOn(r -> r.getFlashMap().get("done") == null)
                .hasSizeGreaterThan(0) // the others lost the race or came after it; both are told in Chinese
                .allSatisfy(r -> assertThat(r.getFlashMap().get("problem")).asString().containsPattern("[\u4e00-\u9fff]{4}"));
    }

    Report submitted(Agency agency) {
        return tx.execute(s -> {
            Report report = new Report(agency, 2022);
            report.replaceContent(StaffFixtures.complete(report.content(), "本年度未收取信息处理费。"), Instant.now());
            report.submit(List.of(), Map.of(), Instant.parse("2023-01-10T00:00:00Z"));
            return reports.saveAndFlush(report);
        });
    }

    long transitionsTo(Report report, ReportStatus status) {
        return auditLog.forReport(report.getId()).stream().filter(e -> e.getKind() == AuditKind.TRANSITION
                && e.getTarget().endsWith(status.label())).count();
    }

    @Test
    void creatingTheSameReportTenTimesCreatesOneAndTellsTheOthers() throws Exception {
        Agency town = township();
        Staff editor = StaffFixtures.staff("race.editor", Role.EDITOR, town);
        List<MockHttpServletResponse> responses = noServerError(tenAtOnce(() -> post("/staff/reports")
                .with(user(editor)).with(csrf()).param("agency", town.getCode()).param("year", "2022")));
        assertThat(responses).filteredOn(r -> r.getStatus() == 302).hasSize(1);
        // 409 for those that lost the race at the unique key, 422 for those that came after it and were told at once
        for (MockHttpServletResponse refused : responses.stream().filter(r -> r.getStatus() != 302).toList()) {
            assertThat(Jsoup.parse(refused.getContentAsString()).select("#year-error").text()).isEqualTo(
                    refused.getStatus() == 409 ? "这一年度的年度报告刚刚已由别人新建，请在下方列表中打开它"
                            : "并发测试镇人民政府2022 年的年度报告已经存在，请在下方列表中打开它");
        }
        assertThat(reports.findRevisions(town.getCode(), 2022)).hasSize(1);
    }

    @Test
    void approvingTenTimesApprovesOnceAndTellsTheOthers() throws Exception {
        Agency town = township();
        Report report = submitted(town);
        Staff reviewer = StaffFixtures.staff("race.reviewer", Role.REVIEWER, town);
        List<MvcResult> results = tenAtOnce(() -> post("/staff/reports/" + report.getId() + "/approve")
                .with(user(reviewer)).with(csrf()));
        noServerError(results);
        theOthersAreTold(results);
        assertThat(reports.findById(report.getId()).orElseThrow().getStatus()).isEqualTo(ReportStatus.APPROVED);
        assertThat(transitionsTo(report, ReportStatus.APPROVED)).isEqualTo(1);
    }

    @Test
    void publishingTenTimesPublishesOnce() throws Exception {
        Agency town = township();
        Report report = tx.execute(s -> {
            Report approved = reports.findById(submitted(town).getId()).orElseThrow();
            approved.approve();
            return reports.saveAndFlush(approved);
        });
        Staff publisher = StaffFixtures.staff("race.publisher", Role.PUBLISHER, town);
        List<MvcResult> results = tenAtOnce(() -> post("/staff/reports/" + report.getId() + "/publish")
                .with(user(publisher)).with(csrf()));
        noServerError(results);
        theOthersAreTold(results);
        assertThat(reports.findRevisions(town.getCode(), 2022)).singleElement()
                .satisfies(r -> assertThat(r.getStatus()).isEqualTo(ReportStatus.PUBLISHED));
        assertThat(transitionsTo(report, ReportStatus.PUBLISHED)).isEqualTo(1);
    }

    @Test
    void grantingTheSameRoleTenTimesGrantsItOnce() throws Exception {
        Agency town = township();
        AppUser account = tx.execute(s -> users.saveAndFlush(new AppUser(town.getCode() + ".user", "并发测试",
                "{noop}unused-password")));
        List<MockHttpServletResponse> responses = noServerError(tenAtOnce(() -> post("/admin/users/" + account.getId()
                + "/grants").with(user(staff.loadUserByUsername("admin"))).with(csrf())
                .param("role", "EDITOR").param("agencyCode", town.getCode())));
        assertThat(responses).allSatisfy(r -> assertThat(r.getStatus()).isEqualTo(302));
        Integer grants = tx.execute(s -> users.findById(account.getId()).orElseThrow().getGrants().size());
        assertThat(grants).isEqualTo(1);
    }
}
