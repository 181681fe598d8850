package org.nianbao.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nianbao.NianbaoApplication;
import org.nianbao.TestDatabase;
import org.nianbao.agency.AgencyRepository;
import org.nianbao.security.AppUserRepository;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** On a configured database the demo data loads only when {@code nianbao.demo-data=true}, and only once. */
class DemoDataLoadsOnlyWhenAskedTest {

    @Test
    void aConfiguredDatabaseGetsNoDemoDataUnlessAskedAndThenOnlyOnce() throws Exception {
        String url = freshDatabase("demo_" + System.nanoTime());
        try (ConfigurableApplicationContext portal = start(url, false)) {
            assertThat(portal.getBean(AgencyRepository.class).count()).isZero();
            assertThat(portal.getBean(AppUserRepository.class).count()).as("no demo accounts").isZero();
        }
        try (ConfigurableApplicationContext portal = start(url, true)) {
            assertThat(portal.getBean(AgencyRepository.class).findByCode("songxian-luhun")).isPresent();
            assertThat(portal.getBean(AppUserRepository.class).findByUsername("editor.luhun")).isPresent();
        }
        try (ConfigurableApplicationContext portal = start(url, true)) {
            assertThat(portal.getBean(AgencyRepository.class).count()).isEqualTo(16); // demo/agencies.csv, once
        }
    }

    private static ConfigurableApplicationContext start(String url, boolean demo) {
        Map<String, Object> db = TestDatabase.connection();
        return new SpringApplicationBuilder(NianbaoApplication.class).run("--server.port=0",
                "--spring.datasource.url=" + url, "--spring.datasource.username=" + db.get("spring.datasource.username"),
                "--spring.datasource.password=" + db.get("spring.datasource.password"),
                "--nianbao.demo-data=" + demo);
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
