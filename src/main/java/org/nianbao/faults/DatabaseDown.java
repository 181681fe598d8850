package org.nianbao.faults;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.net.ConnectException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import javax.sql.DataSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * With the database unreachable, every request (pages, forms, sign-in, whatever layer noticed it) is answered with
 * the 503 page 「系统维护中，请稍后再试」 and {@code Retry-After}, never the generic error page; a sign-in is never
 * told "wrong password" because the accounts could not be read. A form whose save failed so is told that nothing
 * of it was saved (its transaction rolled back whole).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class DatabaseDown extends HttpFilter {

    private final DatabaseHealth health;
    private final MaintenancePage page;
    private final DataSource dataSource;

    DatabaseDown(DatabaseHealth health, MaintenancePage page, DataSource dataSource) {
        this.health = health;
        this.page = page;
        this.dataSource = dataSource;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long start = System.nanoTime();
        boolean signIn = request.getMethod().equals("POST") && "/login".equals(request.getServletPath());
        SignInAnswer answer = signIn ? new SignInAnswer(response, start) : null;
        try {
            chain.doFilter(request, answer != null ? answer : response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (response.isCommitted()
                    || !(causedByDatabase(e) || health.failedSince(start) || unreachable())) {
                throw e;
            }
            response.resetBuffer();
            page.write(request, response);
            return;
        }
        if (answer != null && answer.withheld) {
            page.write(request, response);
        }
    }

    /**
     * Whether the database cannot be reached now. Asked only after a failure that does not say so itself: when the
     * server goes away under a transaction, the rollback's "connection is closed" replaces the original cause.
     */
    private boolean unreachable() {
        try (Connection connection = dataSource.getConnection()) {
            return !connection.isValid(2);
        } catch (SQLException e) {
            return true;
        }
    }

    /** True when {@code e} or one of its causes says the database could not be reached. */
    static boolean causedByDatabase(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof ConnectException || t instanceof CannotCreateTransactionException
                    || t instanceof CannotGetJdbcConnectionException || t instanceof DataAccessResourceFailureException
                    || t instanceof org.hibernate.exception.JDBCConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
        }
        return false;
    }

    /** Withholds the sign-in's redirect to the failure page when the accounts could not be read. */
    private final class SignInAnswer extends HttpServletResponseWrapper {

        private final long start;
        private boolean withheld;

        SignInAnswer(HttpServletResponse response, long start) {
            super(response);
            this.start = start;
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            if (location.contains("error") && health.failedSince(start)) {
                withheld = true;
                return;
            }
            super.sendRedirect(location);
        }
    }
}
