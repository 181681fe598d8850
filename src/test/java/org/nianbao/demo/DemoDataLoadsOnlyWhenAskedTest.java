package org.nianbao.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nianbao.NianbaoApplication;
import org.nianbao.TestDatabase;
import org.nianbao.agency.AgencyRepository;
import org.nianbao.security.AppUser;
import org.nianbao.security.AppUserRepository;
import org.nianbao.security.Role;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Production (no profile {@code trial}) on a configured database: the demo data loads only when
 * {@code nianbao.demo-data=true}, and only once, and the demo accounts never; the first administrator comes from
 * {@code nianbao.admin.*} (NIANBAO_ADMIN_USERNAME / NIANBAO_ADMIN_PASSWORD), checked by the password policy.
 */
@ExtendWith(OutputCaptureExtension.class)
class DemoDataLoadsOnlyWhenAskedTest {

    @Test
    void productionGetsNoDemoAccountsAndItsFirstAdministratorFromTheEnvironment() throws Exception {
        String url = freshDatabase("demo_" + System.nanoTime());
        try (ConfigurableApplicationContext portal = start(url, false)) {
            assertThat(portal.getBean(AgencyRepository.class).count()).isZero();
            assertThat(portal.getBean(AppUserRepository.class).count()).as("no demo accounts").isZero();
        }
        try (ConfigurableApplicationContext portal = start(url, true, "--nianbao.admin.username=chief",
                "--nianbao.admin.password=伊河陆浑水库长堤")) {
            assertThat(portal.getBean(AgencyRepository.class).findByCode("songxian-luhun")).isPresent();
            AppUserRepository users = portal.getBean(AppUserRepository.class);
            assertThat(users.findByUsername("editor.luhun")).as("demo accounts only in a trial").isEmpty();
            assertThat(users.findByUsername("admin")).isEmpty();
            List<Role> roles = new ArrayList<>();
            String hash = portal.getBean(TransactionTemplate.class).execute(tx -> {
                AppUser chief = users.findByUsername("chief").orElseThrow();
                chief.getGrants().forEach(g -> roles.add(g.getRole()));
                return chief.getPasswordHash();
            });
            assertThat(roles).containsExactly(Role.ADMIN);
            assertThat(portal.getBean(PasswordEncoder.class).matches("伊河陆浑水库长堤", hash)).isTrue();
        }
        try (ConfigurableApplicationContext portal = start(url, true, "--nianbao.admin.username=second",
                "--nianbao.admin.password=another-long-secret")) {
            assertThat(portal.getBean(AgencyRepository.class).count()).isEqualTo(16); // demo/agencies.csv, once
            assertThat(portal.getBean(AppUserRepository.class).findByUsername("second"))
                    .as("created once, only while no administrator exists").isEmpty();
        }
    }

    @Test
    void aFirstAdministratorWithACommonPasswordStopsTheStartWithTheReason(CapturedOutput output) throws Exception {
        String url = freshDatabase("admin_" + System.nanoTime());
        assertThatThrownBy(() -> start(url, false, "--nianbao.admin.username=chief",
                "--nianbao.admin.password=password123")).hasStackTraceContaining("NIANBAO_ADMIN_PASSWORD 不符合密码规则");
        try (Connection c = connect(url)) {
            var rs = c.createStatement().executeQuery("select count(*) from app_user");
            rs.next();
            assertThat(rs.getInt(1)).isZero();
        }
    }

    private static ConfigurableApplicationContext start(String url, boolean demo, String... more) {
        Map<String, Object> db = TestDatabase.connection();
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--spring.profiles.active=production",
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + db.get("spring.datasource.username"),
                "--spring.datasource.password=" + db.get("spring.datasource.password"),
                "--nianbao.demo-data=" + demo));
        args.addAll(List.of(more));
        return new SpringApplicationBuilder(NianbaoApplication.class).run(args.toArray(String[]::new));
    }

    private static Connection connect(String url) throws Exception {
        Map<String, Object> db = TestDatabase.connection();
        return DriverManager.getConnection(url, (String) db.get("spring.datasource.username"),
                (String) db.get("spring.datasource.password"));
    }

    /** A new, empty database on the tests' PostgreSQL server. */
    private static String freshDatabase(String name) throws Exception {
        Map<String, Object> db = TestDatabase.connection();
        String url = (String) db.get("spring.datasource.url");
        try (Connection c = DriverManager.getConnection(url, (String) db.get("spring.datasource.username"),
                (String) db.get("spring.datasource.password"))) {
            c.createStatement().execute("create database " + name);
        }
        return url.replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1");
    }
}
