package org.nianbao.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nianbao.NianbaoApplication;
import org.nianbao.PortalTest;
import org.nianbao.agency.Agency;
import org.nianbao.agency.AgencyKind;
import org.nianbao.agency.AgencyRepository;
import org.nianbao.publishing.Publisher;
import org.nianbao.report.Report;
import org.nianbao.report.ReportRepository;
import org.nianbao.security.AppUser;
import org.nianbao.security.AppUserRepository;
import org.nianbao.security.Role;
import org.nianbao.statutory.Edition;
import org.nianbao.statutory.ReportContent;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two instances of the portal (the tests' shared application and one more, each on its own port) on one database, as behind a load balancer
 * without sticky sessions: a sign-in on one goes on on the other, a publication on one is served by the other
 * (its page, and its PDF even though the other had the earlier revision's in its file cache), and both answer the
 * same ETag for the same page.
 */
@PortalTest
class TwoInstancesTest {

    @Autowired
    private ApplicationContext a;
    private static ConfigurableApplicationContext b;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeAll
    static void start() {
        // a long time-to-live, so that only the cross-instance invalidation can show B the correction in time
        b = new SpringApplicationBuilder(NianbaoApplication.class).run("--server.port=0",
                "--nianbao.files.latest-ttl=10m");
    }

    @AfterAll
    static void stop() {
        if (b != null) {
            b.close();
        }
    }

    private static String base(ApplicationContext portal) {
        return "http://127.0.0.1:" + portal.getEnvironment().getProperty("local.server.port");
    }

    private HttpResponse<String> get(ApplicationContext portal, String path, String cookie)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base(portal) + path)).GET();
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(ApplicationContext portal, String path, String cookie,
            Map<String, String> form) throws Exception {
        String body = form.entrySet().stream().map(e -> e.getKey() + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(URI.create(base(portal) + path))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookie)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String sessionCookie(HttpResponse<?> response, String previous) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SESSION="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElse(previous);
    }

    private static String csrf(HttpResponse<String> page) {
        return Jsoup.parse(page.body()).select("input[name=_csrf]").first().val();
    }

    @Test
    void aSignInOnOneInstanceGoesOnOnTheOther() throws Exception {
        String password = "两台服务器共用会话";
        AppUser user = a.getBean(AppUserRepository.class).saveAndFlush(new AppUser("two." + System.nanoTime(),
                "两台测试", a.getBean(PasswordEncoder.class).encode(password)));
        a.getBean(TransactionTemplate.class).executeWithoutResult(tx -> {
            AppUser u = a.getBean(AppUserRepository.class).findById(user.getId()).orElseThrow();
            u.grant(Role.AUDITOR, null);
        });

        HttpResponse<String> login = get(a, "/login", null);
        String cookie = sessionCookie(login, null);
        HttpResponse<String> signedIn = post(a, "/login", cookie,
                Map.of("username", user.getUsername(), "password", password, "_csrf", csrf(login)));
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).endsWith("/staff");
        cookie = sessionCookie(signedIn, cookie);

        HttpResponse<String> onB = get(b, "/staff", cookie);
        assertThat(onB.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(onB.body()).select(".who .user").text()).isEqualTo("两台测试");

        HttpResponse<String> loggedOut = post(b, "/logout", cookie, Map.of("_csrf", csrf(onB)));
        assertThat(loggedOut.headers().firstValue("Location").orElseThrow()).endsWith("/login?logout");
        assertThat(get(a, "/staff", cookie).statusCode()).as("signed out on B, so on A too").isEqualTo(302);
    }

    @Test
    void aPublicationOnOneInstanceIsServedByTheOtherAtOnce() throws Exception {
        String code = "songxian-two" + System.nanoTime() % 1_000_000;
        int year = 2022;
        publish(code, year, null);

        HttpResponse<String> page = get(b, "/reports/" + code + "/" + year, null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("两台服务器同时在线");
        String first = get(b, "/reports/" + code + "/" + year + ".pdf", null).headers().firstValue("ETag")
                .orElseThrow();
        assertThat(get(b, "/reports/" + code + "/" + year + ".pdf", null).headers().firstValue("ETag"))
                .as("now answered from B's file cache").contains(first);

        publish(code, year, "更正第三部分的数字");

        String latest = first;
        Instant deadline = Instant.now().plusSeconds(5);
        while (latest.equals(first) && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            latest = get(b, "/reports/" + code + "/" + year + ".pdf", null).headers().firstValue("ETag")
                    .orElseThrow();
        }
        assertThat(latest).as("B serves the correction published on A").isNotEqualTo(first);
    }

    @Test
    void bothInstancesAnswerTheSameETagForTheSamePage() throws Exception {
        for (String path : new String[] {"/", "/reports/songxian-luhun/2021", "/reports/songxian-luhun/2021.json",
                "/reports/songxian-luhun/2021.csv", "/reports/songxian-luhun/2021/revisions/1/SHA256SUMS", "/open-data"}) {
            String onA = get(a, path, null).headers().firstValue("ETag").orElseThrow();
            String onB = get(b, path, null).headers().firstValue("ETag").orElseThrow();
            assertThat(onB).as(path).isEqualTo(onA);
        }
    }

    @Test
    void periodicWorkClaimedOnOneInstanceIsSkippedOnTheOther() {
        String job = "test-job-" + System.nanoTime();
        assertThat(a.getBean(Once.class).claim(job, Duration.ofMinutes(1))).isTrue();
        assertThat(b.getBean(Once.class).claim(job, Duration.ofMinutes(1))).isFalse();
        assertThat(a.getBean(Once.class).claim(job, Duration.ofMinutes(1))).isFalse();
        assertThat(b.getBean(Once.class).claim(job, Duration.ZERO)).as("once the period has passed").isTrue();
    }

    /** Publishes revision 1 of a new agency's report on A, or with {@code correction} a correction of it. */
    private void publish(String code, int year, String correction) {
        AgencyRepository agencies = a.getBean(AgencyRepository.class);
        ReportRepository reports = a.getBean(ReportRepository.class);
        Publisher publisher = a.getBean(Publisher.class);
        a.getBean(TransactionTemplate.class).executeWithoutResult(tx -> {
            if (correction == null) {
                Agency county = agencies.findByCode("songxian").orElseThrow();
                Agency agency = agencies.save(new Agency(code, "两台测试镇人民政府", AgencyKind.TOWNSHIP, county));
                ReportContent content = new ReportContent(code, agency.getName(), year,
                        Edition.forYear(year).orElseThrow(), ReportContent.sections("两台服务器同时在线。", "", "无"),
                        Map.of());
                publisher.publish(Report.imported(agency, content), Instant.now());
            } else {
                Report published = reports.findByAgencyCodeAndYearAndRevision(code, year, 1).orElseThrow();
                Report corrected = published.openCorrection(correction);
                corrected.submit(java.util.List.of(), Map.of(), Instant.now());
                corrected.approve();
                publisher.publish(corrected, Instant.now());
            }
        });
    }
}
