package org.nianbao.database;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.env.MockEnvironment;

/**
 * The trial default: with no datasource configured, the portal runs an embedded PostgreSQL whose data lives in a
 * folder and survives a restart. Started and stopped here through the portal's own configuration and Flyway, as the
 * application does, without starting the application itself (docs/adr/0029-one-test-context.md); that the trial
 * picks this configuration at all is {@code ProductionNeedsADatabaseTest}'s and the quick start's concern.
 */
class EmbeddedDatabaseSurvivesRestartTest {

    @TempDir
    Path dataDir;

    @Test
    void aReportSavedBeforeARestartIsStillThereAfterIt() throws Exception {
        long id;
        try (EmbeddedPostgres postgres = start(); HikariDataSource dataSource = dataSource(postgres)) {
            assertThat(dataDir.resolve("PG_VERSION")).as("the data lives in the configured folder").exists();
            assertThat(migrate(dataSource).migrationsExecuted).as("a fresh database gets the schema").isPositive();
            JdbcTemplate jdbc = new JdbcTemplate(dataSource);
            long agency = jdbc.queryForObject("insert into agency (code, name, kind) values ('restart-county', "
                    + "'重启测试县人民政府', 'COUNTY') returning id", Long.class);
            id = jdbc.queryForObject("insert into report (agency_id, year, edition, status) values (?, 2023, "
                    + "'2021', 'DRAFT') returning id", Long.class, agency);
        }
        try (EmbeddedPostgres postgres = start(); HikariDataSource dataSource = dataSource(postgres)) {
            assertThat(migrate(dataSource).migrationsExecuted).as("the schema was kept").isZero();
            JdbcTemplate jdbc = new JdbcTemplate(dataSource);
            assertThat(jdbc.queryForObject("select r.id from report r join agency a on a.id = r.agency_id "
                    + "where a.code = 'restart-county' and r.year = 2023 and r.revision = 1", Long.class))
                    .isEqualTo(id);
        }
    }

    private EmbeddedPostgres start() {
        return new EmbeddedDatabaseConfiguration().embeddedPostgres(
                new MockEnvironment().withProperty("nianbao.embedded-db.data-dir", dataDir.toString()));
    }

    private static HikariDataSource dataSource(EmbeddedPostgres postgres) {
        return (HikariDataSource) new EmbeddedDatabaseConfiguration().dataSource(postgres);
    }

    /** Flyway as the application runs it ({@code spring.flyway.locations=classpath:db/migration}). */
    private static MigrateResult migrate(HikariDataSource dataSource) {
        return Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
    }
}
