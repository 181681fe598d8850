package org.nianbao.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down guessing, per account name and per client address, in PostgreSQL so that every instance of the portal
 * counts the same failures. After {@code account-failures} failed sign-ins for one name (whether or not such an
 * account exists), or {@code address-failures} from one address, sign-in is refused for a minute, then 2, 4, 8 …
 * up to {@code max-lock} for each further failure. A failure more than an hour after the previous one starts the
 * count again; a successful sign-in clears the name's count.
 */
@Service
public class SignInThrottle {

    private static final Duration FORGET_AFTER = Duration.ofHours(1);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final int accountFailures;
    private final int addressFailures;
    private final Duration maxLock;

    @Autowired
    SignInThrottle(JdbcClient jdbc, @Value("${nianbao.sign-in.account-failures:5}") int accountFailures,
            @Value("${nianbao.sign-in.address-failures:20}") int addressFailures,
            @Value("${nianbao.sign-in.max-lock:15m}") Duration maxLock) {
        this(jdbc, Clock.systemUTC(), accountFailures, addressFailures, maxLock);
    }

    SignInThrottle(JdbcClient jdbc, Clock clock, int accountFailures, int addressFailures, Duration maxLock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.accountFailures = accountFailures;
        this.addressFailures = addressFailures;
        this.maxLock = maxLock;
    }

    /** Until when sign-in is refused for this name or this address, if it is now. */
    @Transactional(readOnly = true)
    public Optional<Instant> lockedUntil(String username, String address) {
        OffsetDateTime until = jdbc.sql("""
                select max(locked_until) from sign_in_throttle
                where key in (:account, :address) and locked_until > :now""")
                .param("account", accountKey(username)).param("address", addressKey(address))
                .param("now", now()).query(OffsetDateTime.class).optional().orElse(null);
        return Optional.ofNullable(until).map(OffsetDateTime::toInstant);
    }

    /** Counts a failed sign-in; answers until when sign-in is now refused, if this failure started a lock. */
    @Transactional
    public Optional<Instant> failed(String username, String address) {
        Instant a = count(accountKey(username), accountFailures);
        Instant b = count(addressKey(address), addressFailures);
        Instant until = a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
        return Optional.ofNullable(until);
    }

    /** A successful sign-in forgets the name's failures (not the address's). */
    @Transactional
    public void succeeded(String username) {
        jdbc.sql("delete from sign_in_throttle where key = :key").param("key", accountKey(username)).update();
    }

    private Instant count(String key, int threshold) {
        OffsetDateTime now = now();
        int failures = jdbc.sql("""
                insert into sign_in_throttle (key, failures, last_failure_at) values (:key, 1, :now)
                on conflict (key) do update set
                    failures = case when sign_in_throttle.last_failure_at < :forget then 1
                                    else sign_in_throttle.failures + 1 end,
                    last_failure_at = :now
                returning failures""")
                .param("key", key).param("now", now).param("forget", now.minus(FORGET_AFTER))
                .query(Integer.class).single();
        if (failures < threshold) {
            return null;
        }
        Duration lock = lock(failures - threshold);
        OffsetDateTime until = now.plus(lock);
        jdbc.sql("update sign_in_throttle set locked_until = :until where key = :key")
                .param("until", until).param("key", key).update();
        return until.toInstant();
    }

    /** One minute for the failure that reaches the threshold, doubling for each further one, at most max-lock. */
    Duration lock(int beyondThreshold) {
        Duration lock = Duration.ofMinutes(1L << Math.min(beyondThreshold, 20));
        return lock.compareTo(maxLock) > 0 ? maxLock : lock;
    }

    private OffsetDateTime now() {
        return clock.instant().atOffset(ZoneOffset.UTC);
    }

    static String accountKey(String username) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return "account:" + (name.length() > 100 ? name.substring(0, 100) : name);
    }

    static String addressKey(String address) {
        return "address:" + (address == null ? "" : address.length() > 100 ? address.substring(0, 100) : address);
    }
}
