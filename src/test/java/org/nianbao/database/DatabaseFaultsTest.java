package org.nianbao.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.nianbao.NianbaoApplication;
import org.nianbao.agency.Agency;
import org.nianbao.agency.AgencyKind;
import org.nianbao.agency.AgencyRepository;
import org.nianbao.publishing.Publisher;
import org.nianbao.report.Report;
import org.nianbao.report.ReportRepository;
import org.nianbao.security.AppUser;
import org.nianbao.security.AppUserRepository;
import org.nianbao.security.Role;
import org.nianbao.statutory.ReportContent;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The portal on a PostgreSQL server of its own (Debian's, see {@link ThrowawayPostgres}) that the test stops and
 * starts: while it is down every page answers 503 「系统维护中，请稍后再试」 within 5 s, sign-in says the same (never
 * "wrong password"), a save in flight is rolled back whole and the person is told it was not saved; once the server
 * is back everything works without restarting the portal. Then the database is dumped with pg_dump, restored into
 * an empty database with pg_restore, and every report and revision is there with byte-identical files.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DatabaseFaultsTest {

    static ThrowawayPostgres postgres;
    static ConfigurableApplicationContext portal;
    static String base;
    static long draftId;
    static final String PASSWORD = "Faults-test-password-1";
    static final String USER = "faults.editor";

    final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void startPortalOnItsOwnServer() throws Exception {
        postgres = ThrowawayPostgres.start();
        postgres.tool("createdb", "-h", "127.0.0.1", "-p", String.valueOf(postgres.port()), "-U", "postgres",
                "nianbao");
        portal = new SpringApplicationBuilder(NianbaoApplication.class).run(
                "--spring.datasource.url=" + postgres.jdbcUrl("nianbao"), "--spring.datasource.username=postgres",
                "--spring.datasource.password=", "--server.port=0", "--nianbao.demo-data=false",
                "--spring.profiles.active=production", // not the tests' trial: no demo data on this server
                "--spring.jmx.enabled=false");
        base = "http://localhost:" + portal.getEnvironment().getProperty("local.server.port");
        TransactionTemplate tx = portal.getBean(TransactionTemplate.class);
        AgencyRepository agencies = portal.getBean(AgencyRepository.class);
        ReportRepository reports = portal.getBean(ReportRepository.class);
        Agency town = tx.execute(s -> {
            Agency county = agencies.saveAndFlush(new Agency("faults", "故障测试县人民政府", AgencyKind.COUNTY, null));
            return agencies.saveAndFlush(new Agency("faults-town", "故障测试镇人民政府", AgencyKind.TOWNSHIP, county));
        });
        tx.executeWithoutResult(s -> {
            AppUser editor = new AppUser(USER, "故障测试", portal.getBean(PasswordEncoder.class).encode(PASSWORD));
            editor.grant(Role.EDITOR, town);
            portal.getBean(AppUserRepository.class).saveAndFlush(editor);
        });
        draftId = tx.execute(s -> reports.saveAndFlush(new Report(town, 2022)).getId());
        // two published revisions of another year, for the backup
        Publisher publisher = portal.getBean(Publisher.class);
        ReportContent content = new ReportContent("faults-town", "故障测试镇人民政府", 2021,
                org.nianbao.statutory.Edition.E2021, ReportContent.sections("概述。", "问题。", "其他。"), Map.of());
        Report first = publisher.publish(Report.imported(town, content), Instant.parse("2022-01-20T02:00:00Z"));
        Report correction = tx.execute(s -> {
            Report draft = reports.findById(first.getId()).orElseThrow().openCorrection("更正概述");
            draft.submit(List.of(), Map.of(), Instant.parse("2022-02-01T02:00:00Z"));
            draft.approve();
            return reports.saveAndFlush(draft);
        });
        publisher.publish(correction, Instant.parse("2022-02-02T02:00:00Z"));
    }

    @AfterAll
    static void stop() {
        if (portal != null) {
            portal.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html")
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded").timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The login form's fields with the CSRF token, read while the database is up. */
    Map<String, String> loginForm(String password) throws Exception {
        Document page = Jsoup.parse(get("/login").body());
        return new HashMap<>(Map.of("_csrf", page.select("input[name=_csrf]").val(), "username", USER,
                "password", password));
    }

    void signIn() throws Exception {
        assertThat(eventually(() -> get("/").statusCode())).as("the database answers").isEqualTo(200);
        HttpResponse<String> signedIn = post("/login", loginForm(PASSWORD));
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/staff"));
    }

    /** The form of the 表三 section as loaded: CSRF, version, and every cell set to {@code value}. */
    Map<String, String> applicationsForm(String value) throws Exception {
        Document page = Jsoup.parse(get("/staff/reports/" + draftId + "/sections/applications").body());
        Map<String, String> form = new LinkedHashMap<>();
        form.put("_csrf", page.select("form input[name=_csrf]").first().val());
        form.put("version", page.select("input[name=version]").val());
        for (var input : page.select("input[name^=applications.]")) {
            form.put(input.attr("name"), value);
        }
        assertThat(form).hasSizeGreaterThan(20);
        return form;
    }

    /** The saved cells of table 3 of the draft: every value, straight from the database. */
    Map<String, String> savedCells() {
        ReportContent content = portal.getBean(TransactionTemplate.class).execute(s ->
                portal.getBean(ReportRepository.class).findById(draftId).orElseThrow().content());
        return content.values().entrySet().stream().filter(e -> e.getKey().table().equals("applications"))
                .collect(Collectors.toMap(e -> e.getKey().key(), e -> e.getValue().stripTrailingZeros()
                        .toPlainString()));
    }

    static void maintenance(HttpResponse<String> response, Duration took) {
        assertThat(took).isLessThan(Duration.ofSeconds(5));
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Retry-After")).isPresent();
        assertThat(Jsoup.parse(response.body()).select("h1").text()).isEqualTo("系统维护中，请稍后再试");
        assertThat(response.body()).doesNotContain("用户名或密码错误").doesNotContain("Exception");
    }

    HttpResponse<String> timed(java.util.concurrent.Callable<HttpResponse<String>> call, Duration[] took)
            throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> response = call.call();
        took[0] = Duration.ofNanos(System.nanoTime() - start);
        return response;
    }

    @Test
    @Order(1)
    void withTheDatabaseDownPagesSignInAndSavesSayMaintenanceAndNothingIsHalfSaved() throws Exception {
        signIn();
        Map<String, String> save = applicationsForm("7");
        HttpClient other = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        Document login = Jsoup.parse(other.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        String otherCsrf = login.select("input[name=_csrf]").val();
        Map<String, String> before = savedCells();

        postgres.stopServer();
        try {
            Duration[] took = new Duration[1];
            maintenance(timed(() -> get("/"), took), took[0]);
            maintenance(timed(() -> get("/reports/faults-town/2021"), took), took[0]);
            maintenance(timed(() -> get("/staff"), took), took[0]);
            HttpResponse<String> saved = timed(() -> post("/staff/reports/" + draftId + "/sections/applications",
                    save), took);
            maintenance(saved, took[0]);
            assertThat(Jsoup.parse(saved.body()).select(".unsaved").text()).contains("没有保存");
            String form = "_csrf=" + otherCsrf + "&username=" + USER + "&password=" + PASSWORD;
            HttpResponse<String> signIn = timed(() -> other.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString()),
                    took);
            maintenance(signIn, took[0]);
            assertThat(Jsoup.parse(signIn.body()).select(".sign-in").text()).contains("不是用户名或密码的问题");
        } finally {
            postgres.startServer();
        }

        // back without a restart; the failed save left nothing behind, and the same form now saves whole
        assertThat(eventually(() -> get("/").statusCode())).isEqualTo(200);
        assertThat(savedCells()).isEqualTo(before);
        HttpResponse<String> again = post("/staff/reports/" + draftId + "/sections/applications", save);
        assertThat(again.statusCode()).isEqualTo(302);
        Map<String, String> after = savedCells();
        for (String cell : save.keySet().stream().filter(k -> k.startsWith("applications.")).toList()) {
            assertThat(after.get(cell)).as(cell).isEqualTo("7");
        }
    }

    @Test
    @Order(2)
    void aSaveCutOffMidwayByTheServerStoppingIsRolledBackWholeAndSaysSo() throws Exception {
        signIn();
        Map<String, String> save = applicationsForm("3");
        Map<String, String> before = savedCells();
        long auditRows;
        try (Connection c = DriverManager.getConnection(postgres.jdbcUrl("nianbao"), "postgres", "")) {
            auditRows = count(c, "select count(*) from audit_event where report_id = " + draftId);
        }
        // hold the report's row so that the save waits inside its transaction, then stop the server under it
        Connection locker = DriverManager.getConnection(postgres.jdbcUrl("nianbao"), "postgres", "");
        locker.setAutoCommit(false);
        locker.createStatement().execute("select * from report where id = " + draftId + " for update");
        CompletableFuture<HttpResponse<String>> inFlight = CompletableFuture.supplyAsync(() -> {
            try {
                return post("/staff/reports/" + draftId + "/sections/applications", save);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        try (Connection watcher = DriverManager.getConnection(postgres.jdbcUrl("nianbao"), "postgres", "")) {
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (count(watcher, "select count(*) from pg_stat_activity where wait_event_type = 'Lock'") == 0) {
                assertThat(System.nanoTime()).as("the save reaches the locked row").isLessThan(deadline);
                Thread.sleep(50);
            }
        }
        postgres.stopServer();
        HttpResponse<String> cutOff;
        try {
            cutOff = inFlight.get();
        } finally {
            postgres.startServer();
        }
        assertThat(cutOff.statusCode()).isEqualTo(503);
        assertThat(Jsoup.parse(cutOff.body()).select(".unsaved").text()).contains("没有保存");

        assertThat(eventually(() -> get("/").statusCode())).isEqualTo(200);
        assertThat(savedCells()).as("not one cell of the cut-off save").isEqualTo(before);
        try (Connection c = DriverManager.getConnection(postgres.jdbcUrl("nianbao"), "postgres", "")) {
            assertThat(count(c, "select count(*) from audit_event where report_id = " + draftId)).isEqualTo(auditRows);
        }
    }

    @Test
    @Order(3)
    void aDumpRestoredIntoAnEmptyDatabaseHasEveryReportAndRevisionWithIdenticalFiles() throws Exception {
        Path dump = postgres.directory().resolve("nianbao.dump");
        String port = String.valueOf(postgres.port());
        // as docs/operations.md says
        postgres.tool("pg_dump", "-h", "127.0.0.1", "-p", port, "-U", "postgres", "-Fc", "-f", dump.toString(),
                "nianbao");
        postgres.tool("createdb", "-h", "127.0.0.1", "-p", port, "-U", "postgres", "restored");
        postgres.tool("pg_restore", "-h", "127.0.0.1", "-p", port, "-U", "postgres", "--no-owner", "-d", "restored",
                dump.toString());
        assertThat(Files.size(dump)).isPositive();

        String reports = "select r.id, a.code, r.year, r.revision, r.status, r.overview from report r"
                + " join agency a on a.id = r.agency_id order by r.id";
        String files = "select report_id, kind, sha256, encode(sha256(content), 'hex') from report_file"
                + " order by report_id, kind";
        try (Connection original = DriverManager.getConnection(postgres.jdbcUrl("nianbao"), "postgres", "");
                Connection restored = DriverManager.getConnection(postgres.jdbcUrl("restored"), "postgres", "")) {
            List<List<String>> publishedFiles = rows(original, files);
            assertThat(publishedFiles).as("two revisions, a PDF and a Word file each").hasSize(4)
                    .allSatisfy(row -> assertThat(row.get(3)).isEqualTo(row.get(2)));
            assertThat(rows(restored, files)).isEqualTo(publishedFiles);
            assertThat(rows(restored, reports)).isEqualTo(rows(original, reports)).hasSize(3);
            assertThat(rows(restored, "select version, description from flyway_schema_history order by 1"))
                    .isEqualTo(rows(original, "select version, description from flyway_schema_history order by 1"));
        }
    }

    static long count(Connection c, String sql) throws Exception {
        try (ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static List<List<String>> rows(Connection c, String sql) throws Exception {
        List<List<String>> rows = new java.util.ArrayList<>();
        try (ResultSet rs = c.createStatement().executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> row = new java.util.ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    row.add(rs.getString(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    static <T> T eventually(java.util.concurrent.Callable<T> call) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        Exception last = null;
        while (System.nanoTime() < deadline) {
            try {
                T value = call.call();
                if (!(value instanceof Integer status) || status == 200) {
                    return value;
                }
            } catch (Exception e) {
                last = e;
            }
            Thread.sleep(300);
        }
        return last == null ? call.call() : call.call();
    }
}
