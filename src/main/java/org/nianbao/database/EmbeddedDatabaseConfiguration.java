package org.nianbao.database;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * The trial: under the Spring profile {@code trial} (which {@code ./mvnw spring-boot:run} activates), when no
 * datasource is configured ({@code spring.datasource.url} unset), the portal runs a real PostgreSQL in-process whose
 * data lives in {@code nianbao.embedded-db.data-dir} (default {@code data/postgres}, git-ignored) and survives
 * restarts. Without the profile a datasource must be configured ({@link DatabaseRequired}).
 */
@Configuration(proxyBeanMethods = false)
@Profile(DatabaseRequired.TRIAL)
@Conditional(EmbeddedDatabaseConfiguration.NoDatasourceConfigured.class)
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(Environment environment) {
        Path dataDir = Path.of(environment.getProperty("nianbao.embedded-db.data-dir", "data/postgres"))
                .toAbsolutePath();
        try {
            Files.createDirectories(dataDir);
            boolean fresh = !Files.exists(dataDir.resolve("PG_VERSION"));
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(true)
                    .start();
            log.info("Embedded PostgreSQL {} on port {} with data in {}", fresh ? "initialised" : "started",
                    postgres.getPort(), dataDir);
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException("无法启动内置 PostgreSQL（数据目录 " + dataDir + "）", e);
        }
    }

    @Bean
    DataSource dataSource(EmbeddedPostgres postgres) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        dataSource.setUsername("postgres");
        dataSource.setMaximumPoolSize(8);
        dataSource.setPoolName("embedded");
        dataSource.setConnectionTimeout(3000); // as spring.datasource.hikari.connection-timeout (ADR 0012)
        dataSource.setValidationTimeout(2000);
        return dataSource;
    }

    /** Matches when no JDBC URL is configured through any of Spring's property sources. */
    static class NoDatasourceConfigured implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return Binder.get(context.getEnvironment()).bind("spring.datasource.url", String.class)
                    .map(String::isBlank).orElse(true);
        }
    }
}
