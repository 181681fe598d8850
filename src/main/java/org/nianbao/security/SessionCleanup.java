package org.nianbao.security;

import jakarta.annotation.PreDestroy;
import java.time.Duration;
import org.nianbao.cluster.Background;
import org.nianbao.cluster.Once;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.stereotype.Component;

/**
 * Deletes expired sessions once a minute, on one instance only ({@link Once}); Spring Session's own clean-up, which
 * every instance would run, is switched off ({@code spring.session.jdbc.cleanup-cron=-}).
 */
@Component
class SessionCleanup {

    private static final Duration PERIOD = Duration.ofMinutes(1);

    private final JdbcIndexedSessionRepository sessions;
    private final Once once;
    private final Background background;

    SessionCleanup(JdbcIndexedSessionRepository sessions, Once once) {
        this.sessions = sessions;
        this.once = once;
        this.background = Background.every("session-cleanup", PERIOD, this::deleteExpired);
    }

    @PreDestroy
    void stop() {
        background.close();
    }

    /** Deletes the expired sessions if no instance has in the last minute; true if this call did. */
    boolean deleteExpired() {
        if (!once.claim("session-cleanup", PERIOD.minusSeconds(5))) {
            return false;
        }
        sessions.cleanUpExpiredSessions();
        return true;
    }
}
