package org.nianbao.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.engine.SourceOfRandomness;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.nianbao.PortalTest;
import org.nianbao.agency.Agency;
import org.nianbao.agency.AgencyKind;
import org.nianbao.agency.AgencyRepository;
import org.nianbao.report.Report;
import org.nianbao.report.ReportRepository;
import org.nianbao.security.AppUser;
import org.nianbao.security.AppUserRepository;
import org.nianbao.statutory.Cell;
import org.nianbao.statutory.Edition;
import org.nianbao.statutory.Section;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Random and malformed input (jqwik's generators, seeded, so a failure repeats): every form and API of the portal,
 * as the signed-in roles that use it and as nobody, with NUL and other control characters, huge strings, wrong
 * types, missing and extra parameters, with and without CSRF. No answer may be a server error, and none may show
 * an internal name (Java packages, exception classes, SQL errors, the JSON parser's classes).
 * The forms work on a township, a draft report and an account of this test's own.
 */
@PortalTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FuzzedInputTest {

    /** What must never reach a person: class and package names, exceptions, SQL and parser internals. */
    static final Pattern INTERNAL = Pattern.compile("(?<![\\w/.])(java|javax|jakarta|org|tools|com)\\.[a-z]"
            + "|Exception|ERROR:|SQLState|PSQL|Hibernate|JsonReadFeature|ObjectNode|JsonNode|Jackson|Whitelabel"
            + "|\\bat [a-z]+\\.[a-z]+\\.");

    private static final long SEED = 20261201L;

    @Autowired
    MockMvc mvc;
    @Autowired
    AgencyRepository agencies;
    @Autowired
    ReportRepository reports;
    @Autowired
    AppUserRepository users;
    @Autowired
    UserDetailsService staff;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JdbcTemplate jdbc;

    String town;
    String editor;
    long report;
    long account;

    @BeforeAll
    void ownData() {
        // a township under the demo county, as other tests' agencies: the home page lists one county
        town = "songxian-fuzz" + System.nanoTime() % 1_000_000;
        tx.executeWithoutResult(s -> {
            Agency t = agencies.saveAndFlush(new Agency(town, "模糊测试镇人民政府", AgencyKind.TOWNSHIP,
                    agencies.findByCode("songxian").orElseThrow()));
            report = reports.saveAndFlush(new Report(t, 2022)).getId();
            AppUser user = new AppUser("fuzz.editor" + t.getId(), "模糊测试", "{noop}fuzz-password");
            user.grant(org.nianbao.security.Role.EDITOR, t);
            user.grant(org.nianbao.security.Role.REVIEWER, t);
            user.grant(org.nianbao.security.Role.PUBLISHER, t);
            account = users.saveAndFlush(user).getId();
            editor = user.getUsername();
        });
    }

    @AfterAll
    void removeWhatTheAdminFormsCreated() {
        // accounts and agencies created by fuzzed admin forms all carry the fuzz prefix (see value())
        jdbc.update("delete from app_user where username like 'fuzz%' and id <> ?", account);
        jdbc.update("delete from agency where code like 'fuzz%' and id not in (select agency_id from report)"
                + " and id not in (select parent_id from agency where parent_id is not null)"
                + " and id not in (select agency_id from role_grant where agency_id is not null)");
    }

    /** One form or API: how it is sent, by whom, and the parameters it takes. */
    record Target(HttpMethod method, String path, String who, List<String> parameters) {
    }

    List<Target> targets() {
        List<Target> targets = new ArrayList<>();
        String r = "/staff/reports/" + report;
        targets.add(new Target(HttpMethod.POST, "/login", null, List.of("username", "password")));
        targets.add(new Target(HttpMethod.POST, "/staff/reports", "editor", List.of("agency", "year")));
        for (Section section : Edition.E2021.sections()) {
            List<String> fields = new ArrayList<>(List.of("version", "text"));
            if (!section.isProse()) {
                section.table().cells().stream().limit(12).map(Cell::key).forEach(fields::add);
            }
            targets.add(new Target(HttpMethod.POST, r + "/sections/" + section.code(), "editor", fields));
        }
        targets.add(new Target(HttpMethod.POST, r + "/sections/{random}", "editor", List.of("text")));
        targets.add(new Target(HttpMethod.POST, r + "/submit", "editor", List.of("x")));
        targets.add(new Target(HttpMethod.POST, r + "/return", "editor", List.of("reason")));
        targets.add(new Target(HttpMethod.POST, r + "/approve", "editor", List.of()));
        targets.add(new Target(HttpMethod.POST, r + "/publish", "editor", List.of()));
        targets.add(new Target(HttpMethod.POST, r + "/correction", "editor", List.of("note")));
        targets.add(new Target(HttpMethod.POST, "/staff/reports/{random}/return", "editor", List.of("reason")));
        targets.add(new Target(HttpMethod.POST, "/admin/agencies", "admin",
                List.of("code", "name", "kind", "parentCode")));
        targets.add(new Target(HttpMethod.POST, "/admin/users", "admin", List.of("username", "displayName", "password")));
        targets.add(new Target(HttpMethod.POST, "/admin/users/" + account + "/grants", "admin",
                List.of("role", "agencyCode")));
        targets.add(new Target(HttpMethod.POST, "/admin/users/{random}/grants/{random}/delete", "admin", List.of()));
        targets.add(new Target(HttpMethod.POST, "/admin/users/{random}/enabled", "admin", List.of("enabled")));
        targets.add(new Target(HttpMethod.GET, "/search", null, List.of("q", "page")));
        targets.add(new Target(HttpMethod.GET, "/", null, List.of("year")));
        targets.add(new Target(HttpMethod.GET, "/care", null, List.of("on", "back")));
        targets.add(new Target(HttpMethod.GET, "/reports/{random}/{random}", null, List.of()));
        targets.add(new Target(HttpMethod.GET, "/agencies/{random}", null, List.of()));
        targets.add(new Target(HttpMethod.GET, "/timeliness/{random}/2021", null, List.of()));
        targets.add(new Target(HttpMethod.GET, "/audit/reports/{random}", "auditor", List.of()));
        targets.add(new Target(HttpMethod.GET, r + "/sections/{random}", "editor", List.of()));
        return targets;
    }

    /** Texts people (and attackers) send: ordinary, empty, control characters, huge, numbers of every shape. */
    static Arbitrary<String> texts() {
        Arbitrary<String> controls = Arbitraries.strings().withCharRange('\u0000', '\u001f').withChars('\u007f',
                '\u0085', '\ufffe', '\ud800').ofMinLength(1).ofMaxLength(5);
        Arbitrary<String> chinese = Arbitraries.strings().withCharRange('\u4e00', '\u9fa5').ofMaxLength(30);
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(40),
                chinese,
                Arbitraries.of("", " ", "0", "-1", "2022", "1e9", "99999999999999999999", "1.0000001", "NaN", "null",
                        "true", "COUNTY", "TOWNSHIP", "EDITOR", "ADMIN", "songxian", "=1+1", "<script>", "' or 1=1--",
                        "%00", "../../etc/passwd", "\u0000", "a\u0000b", "\ud800", "😀"),
                Arbitraries.strings().numeric().ofMaxLength(25),
                chinese.flatMap(c -> controls.map(x -> c + x + c)),
                Arbitraries.integers().between(2_001, 300_000).map(n -> "长".repeat(n)),
                Arbitraries.integers().between(1, 30).map(n -> "密码".repeat(n)));
    }

    /** {@link #texts()} one after the other, the same ones for the same seed. */
    static Iterator<String> texts(long seed) {
        SourceOfRandomness.create(String.valueOf(seed));
        return texts().sampleStream().iterator();
    }

    @Test
    void noRandomOrMalformedInputGetsAServerErrorOrAnInternalName() throws Exception {
        Random random = new Random(SEED);
        Iterator<String> text = texts(SEED);
        List<Target> targets = targets();
        List<String> failures = new ArrayList<>();
        java.util.Set<Integer> statuses = new java.util.TreeSet<>();
        for (int round = 0; round < 240; round++) {
            Target target = targets.get(round % targets.size());
            String path = target.path();
            while (path.contains("{random}")) {
                String segment = text.next();
                path = path.replaceFirst("\\{random}", segment.isEmpty() ? "x"
                        : URLEncoder.encode(segment.length() > 200 ? segment.substring(0, 200) : segment,
                                StandardCharsets.UTF_8).replace("+", "%20"));
            }
            MockHttpServletRequestBuilder request = request(target.method(), java.net.URI.create(path));
            StringBuilder sent = new StringBuilder(target.method() + " " + path);
            for (String parameter : target.parameters()) {
                if (random.nextInt(8) == 0) {
                    continue; // missing
                }
                String value = value(parameter, text.next());
                request.param(parameter, value);
                sent.append(' ').append(parameter).append('=').append(abbreviate(value));
            }
            if (random.nextInt(4) == 0) {
                request.param(text.next(), text.next());
            }
            if (target.method() == HttpMethod.POST && random.nextInt(6) != 0) {
                request.with(csrf());
            }
            // from an address of its own (a documentation range): its failed sign-ins lock no other test out
            request.with(r -> {
                r.setRemoteAddr("198.51.100.17");
                return r;
            });
            UserDetails who = who(target.who());
            if (who != null) {
                request.with(user(who));
            }
            MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
            statuses.add(response.getStatus());
            String body = response.getContentAsString(StandardCharsets.UTF_8);
            if (response.getStatus() >= 500 || INTERNAL.matcher(body).find()
                    || String.valueOf(response.getErrorMessage()).matches(".*(Exception|java\\.|org\\.).*")) {
                var m = INTERNAL.matcher(body);
                failures.add(response.getStatus() + " " + sent + (m.find() ? " shows " + body.substring(
                        Math.max(0, m.start() - 60), Math.min(body.length(), m.end() + 60)) : ""));
            }
        }
        assertThat(failures).isEmpty();
        // the input reached the forms (saved, refused beside a field) as well as the guards (a post without its CSRF
        // token is led to sign-in or back to its form, keeping what was typed: 302; not found: 404)
        assertThat(statuses).contains(200, 302, 404, 422);
    }

    @Test
    void theValidationApiAnswersMalformedBodiesWithoutInternalNames() throws Exception {
        Iterator<String> text = texts(SEED + 1);
        List<String> bodies = new ArrayList<>(List.of("{", "[]", "[1,2]", "{\"year\": 2021,}", "{'year': 2021}",
                "{\"year\": NaN}", "{\"year\": 01}", "{\"a\":1,\"a\":2}", "\u0000", "{\"agency\": \"\u0000\"}",
                "/* c */ {}", "{\"previous\": []}", "{\"year\": \"2021\", \"tables\": {\"applications\": []}}",
                "{} {}", "\"just a string\"", "true", "null", "{\"year\": 1e400}", "{\"year\": -2021}"));
        for (int i = 0; i < 40; i++) {
            bodies.add(text.next());
        }
        List<String> failures = new ArrayList<>();
        for (String body : bodies) {
            for (String type : new String[] {"application/json", "text/plain", "application/xml"}) {
                MockHttpServletResponse response = mvc.perform(request(HttpMethod.POST,
                        java.net.URI.create("/api/v1/validate")).contentType(type).content(body))
                        .andReturn().getResponse();
                String answer = response.getContentAsString(StandardCharsets.UTF_8);
                if (response.getStatus() >= 500 || INTERNAL.matcher(answer).find()) {
                    failures.add(response.getStatus() + " " + type + " " + abbreviate(body) + " → " + abbreviate(answer));
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    /** Values of fields that create things carry the fuzz prefix, so that {@link #removeWhatTheAdminFormsCreated} finds them. */
    private String value(String parameter, String generated) {
        return switch (parameter) {
            case "code", "username" -> "fuzz" + generated;
            case "parentCode", "agency", "agencyCode" -> generated.length() % 3 == 0 ? town : generated;
            default -> generated;
        };
    }

    private UserDetails who(String role) {
        return switch (role == null ? "" : role) {
            case "editor" -> staff.loadUserByUsername(editor);
            case "admin" -> staff.loadUserByUsername("admin");
            case "auditor" -> staff.loadUserByUsername("auditor");
            default -> null;
        };
    }

    private static String abbreviate(String text) {
        String shown = text.length() > 80 ? text.substring(0, 80) + "…(" + text.length() + ")" : text;
        return shown.replaceAll("\\p{Cntrl}", "�");
    }
}
