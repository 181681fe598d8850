package org.nianbao;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The one place that chooses the tests' database: Testcontainers' PostgreSQL when a Docker engine is available,
 * otherwise an embedded PostgreSQL — a real server either way, started once per test JVM and shared by every
 * Spring context. Registered for every application the tests start through {@code META-INF/spring.factories};
 * it sets the standard {@code spring.datasource.*} properties, so the application itself runs exactly as in
 * production. An application started with its own {@code spring.datasource.url}, or with
 * {@code nianbao.test-database=off} (to exercise the portal's own embedded default), is left alone.
 */
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static Map<String, Object> properties;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        var environment = context.getEnvironment();
        if (environment.containsProperty("spring.datasource.url")
                || "off".equals(environment.getProperty("nianbao.test-database"))) {
            return;
        }
        context.getEnvironment().getPropertySources()
                .addFirst(new MapPropertySource("testDatabase", connection()));
    }

    /** The JDBC URL, user and password of the shared test database, starting it on first use. */
    public static synchronized Map<String, Object> connection() {
        if (properties == null) {
            properties = DockerClientFactory.instance().isDockerAvailable() ? container() : embedded();
        }
        return properties;
    }

    /** Which kind of server the tests run on, for the test report. */
    public static String kind() {
        return String.valueOf(connection().get("nianbao.test-database-kind"));
    }

    private static Map<String, Object> container() {
        PostgreSQLContainer container = new PostgreSQLContainer("postgres:16-alpine");
        container.start();
        return Map.of("spring.datasource.url", container.getJdbcUrl(),
                "spring.datasource.username", container.getUsername(),
                "spring.datasource.password", container.getPassword(),
                "nianbao.test-database-kind", "testcontainers");
    }

    private static Map<String, Object> embedded() {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().start(); // a fresh temporary data directory
            return Map.of("spring.datasource.url", postgres.getJdbcUrl("postgres", "postgres"),
                    "spring.datasource.username", "postgres",
                    "spring.datasource.password", "",
                    "nianbao.test-database-kind", "embedded");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
