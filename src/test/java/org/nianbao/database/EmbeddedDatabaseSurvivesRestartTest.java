package org.nianbao.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.NianbaoApplication;
import org.nianbao.agency.AgencyRepository;
import org.nianbao.report.Report;
import org.nianbao.report.ReportRepository;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The trial default: with no datasource configured, the portal runs an embedded PostgreSQL whose data lives in a
 * folder and survives a restart.
 */
class EmbeddedDatabaseSurvivesRestartTest {

    @TempDir
    Path dataDir;

    @Test
    void aReportSavedBeforeARestartIsStillThereAfterIt() {
        Long id;
        try (ConfigurableApplicationContext portal = start()) {
            assertThat(portal.getBeansOfType(io.zonky.test.db.postgres.embedded.EmbeddedPostgres.class)).hasSize(1);
            AgencyRepository agencies = portal.getBean(AgencyRepository.class);
            ReportRepository reports = portal.getBean(ReportRepository.class);
            id = portal.getBean(TransactionTemplate.class).execute(tx -> reports.save(
                    new Report(agencies.findByCode("songxian-jiuxian").orElseThrow(), 2023)).getId());
        }
        try (ConfigurableApplicationContext portal = start()) {
            ReportRepository reports = portal.getBean(ReportRepository.class);
            Report report = portal.getBean(TransactionTemplate.class)
                    .execute(tx -> reports.findByAgencyCodeAndYearAndRevision("songxian-jiuxian", 2023, 1)
                            .orElseThrow());
            assertThat(report.getId()).isEqualTo(id);
            // the demo data was loaded once, not again on the second start
            assertThat(reports.findLatestPublished()).hasSize(demoReports());
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(NianbaoApplication.class).run(
                "--nianbao.test-database=off", // not the shared test database: the portal's own default
                "--nianbao.demo-data=false",
                "--server.port=0",
                "--nianbao.embedded-db.data-dir=" + dataDir);
    }

    /** How many reports the demo data publishes: the lines of {@code demo/reports.csv} after its header. */
    private static int demoReports() {
        try (var in = new org.springframework.core.io.ClassPathResource("demo/reports.csv").getInputStream()) {
            return (int) new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().skip(1)
                    .filter(line -> !line.isBlank()).count();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
