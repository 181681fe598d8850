package org.nianbao.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.nianbao.agency.Agency;
import org.nianbao.agency.AgencyKind;
import org.nianbao.agency.AgencyRepository;
import org.nianbao.exchange.ExchangeFormat;
import org.nianbao.publishing.Publisher;
import org.nianbao.report.Report;
import org.nianbao.report.ReportRepository;
import org.nianbao.security.AppUser;
import org.nianbao.security.AppUserRepository;
import org.nianbao.security.Role;
import org.nianbao.statutory.ReportContent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the demo data (嵩县人民政府, its townships and departments, and published reports, among them the 陆浑镇
 * 2021 report exactly as in the real published sample) under the Spring profile {@code trial}, or when
 * {@code nianbao.demo-data=true}; never otherwise. The demo accounts (admin, editor.luhun, reviewer.songxian,
 * auditor; password demo) are created only under the profile {@code trial}, never in production. Loading once: a
 * database that already holds the county is left alone.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 10) // before FirstAdministrator
class DemoData implements ApplicationRunner {

    static final String COUNTY = "songxian";

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final AgencyRepository agencies;
    private final ReportRepository reports;
    private final Publisher publisher;
    private final AppUserRepository users;
    private final PasswordEncoder passwords;
    private final boolean enabled;
    private final boolean accounts;
    private final org.nianbao.timeliness.DeadlineRules deadlineRules;

    DemoData(AgencyRepository agencies, ReportRepository reports, Publisher publisher, AppUserRepository users,
            PasswordEncoder passwords, Environment environment,
            org.nianbao.timeliness.DeadlineRules deadlineRules) {
        this.deadlineRules = deadlineRules;
        this.agencies = agencies;
        this.reports = reports;
        this.publisher = publisher;
        this.users = users;
        this.passwords = passwords;
        this.accounts = createsAccounts(environment);
        this.enabled = loads(environment);
    }

    /** Whether the demo data loads: under the profile {@code trial}, or with {@code nianbao.demo-data=true}. */
    static boolean loads(Environment environment) {
        return createsAccounts(environment) || environment.getProperty("nianbao.demo-data", Boolean.class, false);
    }

    /** Whether the demo accounts come with it: only under the profile {@code trial}. */
    static boolean createsAccounts(Environment environment) {
        return environment.matchesProfiles("trial");
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!enabled || agencies.findByCode(COUNTY).isPresent()) {
            return;
        }
        Map<String, Agency> byCode = new HashMap<>();
        for (List<String> line : csv("demo/agencies.csv")) {
            Agency parent = line.get(3).isEmpty() ? null : byCode.get(line.get(3));
            byCode.put(line.get(0), agencies.save(new Agency(line.get(0), line.get(1),
                    AgencyKind.valueOf(line.get(2)), parent, line.size() > 4 ? line.get(4) : null)));
        }
        // a local date per level, as a province might set it (本省要求 3月10日前报送), for the cities below it
        deadlineRules.set(byCode.get("henan"), AgencyKind.CITY, 3, 10);
        // demo accounts, password "demo" (README); they exist only in a trial
        Map<String, AppUser> accounts = new HashMap<>();
        if (this.accounts) {
            createAccounts(byCode, accounts);
        }
        for (List<String> line : csv("demo/reports.csv")) {
            ReportContent content = ExchangeFormat.read(text("demo/" + line.get(0)));
            Report report = Report.imported(byCode.get(content.agencyCode()), content);
            publisher.publish(report, OffsetDateTime.parse(line.get(1)).toInstant());
        }
        log.info("Demo data loaded: {} agencies, {} published reports, {} demo accounts", byCode.size(),
                reports.count(), accounts.size());
    }

    private void createAccounts(Map<String, Agency> byCode, Map<String, AppUser> accounts) {
        String demoPassword = passwords.encode("demo");
        for (List<String> line : csv("demo/users.csv")) {
            AppUser user = accounts.computeIfAbsent(line.get(0), u -> new AppUser(u, line.get(1), demoPassword));
            user.grant(Role.valueOf(line.get(2)), line.get(3).isEmpty() ? null : byCode.get(line.get(3)));
        }
        users.saveAll(accounts.values());
    }

    private static List<List<String>> csv(String resource) {
        return text(resource).lines().skip(1).filter(l -> !l.isBlank())
                .map(l -> List.of(l.split(",", -1))).toList();
    }

    private static String text(String resource) {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
