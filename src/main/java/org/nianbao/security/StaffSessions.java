package org.nianbao.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The signed-in sessions of staff members, kept in PostgreSQL by Spring Session JDBC and so shared by every instance
 * of the portal. Revoking a grant, disabling an account, forcing a password reset or changing a password ends the
 * user's sessions here, so the user's next request, on any instance, finds no session and must sign in again
 * (with what the database now says). Sessions also end after 30 minutes idle and 12 hours in all.
 */
@Service
public class StaffSessions {

    /** At most this long from sign-in to the last request of a session. */
    public static final Duration ABSOLUTE = Duration.ofHours(12);

    static final String SIGNED_IN_AT = "nianbao.signedInAt";
    static final String FROM = "nianbao.from";
    static final String AGENT = "nianbao.agent";
    static final String MUST_CHANGE_PASSWORD = "nianbao.mustChangePassword";

    private final FindByIndexNameSessionRepository<? extends Session> sessions;

    StaffSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
        this.sessions = sessions;
    }

    /** One session of a user, as the sessions page lists it. {@code handle} names it without giving its id away. */
    public record Line(String handle, Instant signedInAt, Instant lastAccessedAt, String from, String agent,
            boolean current) {

        private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                .withZone(ZoneId.of("Asia/Shanghai"));

        public String signedIn() {
            return TIME.format(signedInAt);
        }

        public String lastUsed() {
            return TIME.format(lastAccessedAt);
        }
    }

    /** Notes on a session that has just signed in: when, from where, with what browser. */
    static void signedIn(HttpServletRequest request, boolean mustChangePassword) {
        HttpSession session = request.getSession();
        session.setAttribute(SIGNED_IN_AT, Instant.now().toEpochMilli());
        session.setAttribute(FROM, request.getRemoteAddr());
        String agent = request.getHeader("User-Agent");
        session.setAttribute(AGENT, agent == null ? "" : agent.length() > 200 ? agent.substring(0, 200) : agent);
        if (mustChangePassword) {
            session.setAttribute(MUST_CHANGE_PASSWORD, Boolean.TRUE);
        } else {
            session.removeAttribute(MUST_CHANGE_PASSWORD);
        }
    }

    /** Whether the session signed in more than {@link #ABSOLUTE} ago. */
    static boolean tooOld(HttpSession session, Instant now) {
        Object at = session.getAttribute(SIGNED_IN_AT);
        long signedIn = at instanceof Long millis ? millis : session.getCreationTime();
        return Instant.ofEpochMilli(signedIn).plus(ABSOLUTE).isBefore(now);
    }

    /** Every session of {@code username}, most recently used first. */
    public List<Line> of(String username, String currentSessionId) {
        return sessions.findByPrincipalName(username).values().stream()
                .filter(s -> !s.isExpired())
                .map(s -> new Line(handle(s.getId()), signedInAt(s), s.getLastAccessedTime(),
                        s.getAttributeOrDefault(FROM, ""), s.getAttributeOrDefault(AGENT, ""),
                        s.getId().equals(currentSessionId)))
                .sorted(Comparator.comparing(Line::lastAccessedAt).reversed()).toList();
    }

    /** Ends the session of {@code username} named by {@code handle}; false if there is none. */
    public boolean end(String username, String handle) {
        for (String id : sessions.findByPrincipalName(username).keySet()) {
            if (handle(id).equals(handle)) {
                sessions.deleteById(id);
                return true;
            }
        }
        return false;
    }

    /**
     * Ends every session of {@code username} except {@code keepSessionId} (may be null), once the current
     * transaction commits (at once without one), so that a change rolled back ends nothing.
     */
    public void endAll(String username, String keepSessionId) {
        Runnable end = () -> {
            for (String id : sessions.findByPrincipalName(username).keySet()) {
                if (!id.equals(keepSessionId)) {
                    sessions.deleteById(id);
                }
            }
        };
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    end.run();
                }
            });
        } else {
            end.run();
        }
    }

    private static Instant signedInAt(Session session) {
        Object at = session.getAttribute(SIGNED_IN_AT);
        return at instanceof Long millis ? Instant.ofEpochMilli(millis) : session.getCreationTime();
    }

    static String handle(String sessionId) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(sessionId.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** For the tests: how many sessions {@code username} has. */
    int count(String username) {
        Map<String, ? extends Session> found = sessions.findByPrincipalName(username);
        return found.size();
    }
}
