package org.nianbao.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nianbao.NianbaoApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.env.MockEnvironment;

/**
 * Production is explicit: without the profile {@code trial} and without a configured database the portal refuses to
 * start with one line saying what to set; it never falls back to the embedded database.
 */
@ExtendWith(OutputCaptureExtension.class)
class ProductionNeedsADatabaseTest {

    @Test
    void withoutTrialAndWithoutADatabaseTheJarRefusesToStartWithOneLine(CapturedOutput output) {
        assertThatThrownBy(() -> new SpringApplicationBuilder(NianbaoApplication.class).run(
                "--nianbao.test-database=off", // as the jar runs: nothing configured
                "--spring.profiles.active=production",
                "--server.port=0"))
                .isInstanceOf(DatabaseRequired.NoDatabaseConfigured.class);
        assertThat(output.getAll())
                .contains("没有配置数据库（SPRING_DATASOURCE_URL 未设置），也没有以试用方式（profile trial）启动")
                .contains("--spring.profiles.active=trial")
                .doesNotContain("\tat ")
                .doesNotContain("Embedded PostgreSQL");
    }

    @Test
    void eitherTheTrialProfileOrADatabaseUrlLetsItStart() {
        DatabaseRequired.check(new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db/x"));
        MockEnvironment trial = new MockEnvironment();
        trial.setActiveProfiles("trial");
        DatabaseRequired.check(trial);
        MockEnvironment blank = new MockEnvironment().withProperty("spring.datasource.url", " ");
        assertThatThrownBy(() -> DatabaseRequired.check(blank))
                .isInstanceOf(DatabaseRequired.NoDatabaseConfigured.class);
    }
}
