package org.nianbao.faults;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.stereotype.Component;

/**
 * Whether the database answered the last time a connection was asked for. Every {@link DataSource} of the portal is
 * wrapped so that a failed connection is noted here; for {@link #QUIET_NANOS} after a failure, new connections are
 * refused at once instead of waiting for the pool's {@code connection-timeout} again, so that during an outage
 * every page answers quickly (the first one within that timeout). The next attempt after that tries again: once
 * the database is back, everything works without a restart. Decision: docs/adr/0012-database-faults-and-backups.md.
 */
@Component
public class DatabaseHealth implements BeanPostProcessor {

    /** How long after a failed connection new ones are refused without trying. */
    static final long QUIET_NANOS = 2_000_000_000L;

    private final AtomicLong lastFailure = new AtomicLong();
    private final AtomicLong lastRefusal = new AtomicLong();
    private volatile boolean down;

    /**
     * True when a connection failed or was refused after {@code sinceNanos} (a {@link System#nanoTime()}) and none
     * succeeded since.
     */
    public boolean failedSince(long sinceNanos) {
        return down && (lastFailure.get() - sinceNanos >= 0 || lastRefusal.get() - sinceNanos >= 0);
    }

    /** Notes a connection refused without trying; unlike a failure, it does not lengthen the quiet time. */
    void refused() {
        lastRefusal.set(System.nanoTime());
    }

    void failed() {
        lastFailure.set(System.nanoTime());
        down = true;
    }

    void succeeded() {
        down = false;
    }

    boolean quiet() {
        return down && System.nanoTime() - lastFailure.get() < QUIET_NANOS;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        return bean instanceof DataSource dataSource && !(bean instanceof Watched) ? new Watched(dataSource, this)
                : bean;
    }

    /** A data source that reports every connection it could or could not open. */
    static final class Watched extends DelegatingDataSource {

        private final DatabaseHealth health;

        Watched(DataSource target, DatabaseHealth health) {
            super(target);
            this.health = health;
        }

        @Override
        public Connection getConnection() throws SQLException {
            return watch(() -> super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return watch(() -> super.getConnection(username, password));
        }

        private Connection watch(Opening opening) throws SQLException {
            if (health.quiet()) {
                health.refused();
                throw new SQLTransientConnectionException("database unavailable (failed moments ago)", "08001");
            }
            try {
                Connection connection = opening.open();
                health.succeeded();
                return connection;
            } catch (SQLException e) {
                health.failed();
                throw e;
            }
        }

        private interface Opening {
            Connection open() throws SQLException;
        }
    }
}
