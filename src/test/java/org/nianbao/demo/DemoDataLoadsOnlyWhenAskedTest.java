package org.nianbao.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.nianbao.PortalTest;
import org.nianbao.agency.AgencyRepository;
import org.nianbao.publishing.Publisher;
import org.nianbao.report.ReportRepository;
import org.nianbao.security.AppUserRepository;
import org.nianbao.timeliness.DeadlineRules;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Production (no profile {@code trial}): the demo data loads only when {@code nianbao.demo-data=true}, and the demo
 * accounts never; and it loads only once. Decided from the environment and run against the shared test database
 * (which the trial filled once), without starting an application of its own (docs/adr/0029-one-test-context.md).
 * The first administrator of a production database: {@code security.FirstAdministratorTest}.
 */
@PortalTest
class DemoDataLoadsOnlyWhenAskedTest {

    @Autowired
    AgencyRepository agencies;

    @Autowired
    ReportRepository reports;

    @Autowired
    Publisher publisher;

    @Autowired
    AppUserRepository users;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    DeadlineRules deadlineRules;

    static MockEnvironment environment(String profile, String demoData) {
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles(profile);
        if (demoData != null) {
            environment.setProperty("nianbao.demo-data", demoData);
        }
        return environment;
    }

    @Test
    void productionLoadsNothingUnlessAsked() {
        assertThat(DemoData.loads(environment("production", null))).isFalse();
        assertThat(DemoData.loads(environment("production", "false"))).isFalse();
        assertThat(DemoData.createsAccounts(environment("production", null))).isFalse();
    }

    @Test
    void productionAskingForTheDemoDataGetsNoDemoAccounts() {
        assertThat(DemoData.loads(environment("production", "true"))).isTrue();
        assertThat(DemoData.createsAccounts(environment("production", "true"))).as("demo accounts only in a trial")
                .isFalse();
    }

    @Test
    void theTrialLoadsTheDemoDataWithItsAccounts() {
        assertThat(DemoData.loads(environment("trial", null))).isTrue();
        assertThat(DemoData.createsAccounts(environment("trial", "false"))).isTrue();
    }

    @Test
    void aDatabaseThatHoldsTheDemoCountyIsLeftAlone() {
        // the shared test database was filled by the trial at the first start: a second load changes nothing
        assertThat(agencies.findByCode(DemoData.COUNTY)).isPresent();
        long agencyCount = agencies.count();
        long reportCount = reports.count();
        long userCount = users.count();
        new DemoData(agencies, reports, publisher, users, passwords, environment("trial", "true"), deadlineRules)
                .run(null);
        assertThat(agencies.count()).isEqualTo(agencyCount);
        assertThat(reports.count()).isEqualTo(reportCount);
        assertThat(users.count()).isEqualTo(userCount);
    }
}
