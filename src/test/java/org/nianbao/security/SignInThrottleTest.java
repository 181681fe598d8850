package org.nianbao.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nianbao.security.StaffLogins.account;
import static org.nianbao.security.StaffLogins.newAddress;
import static org.nianbao.security.StaffLogins.signIn;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.nianbao.PortalTest;
import org.nianbao.agency.AgencyRepository;
import org.nianbao.audit.AuditEvent;
import org.nianbao.audit.AuditLog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Sign-in is throttled per account name and per client address, says in Chinese until when, and answers the same
 * for an account that exists as for one that does not; failures are counted on one audit row, not one row each.
 */
@PortalTest
class SignInThrottleTest {

    private static final String PASSWORD = "伊河两岸稻花香";

    @Autowired
    MockMvc mvc;
    @Autowired
    AppUserRepository users;
    @Autowired
    AgencyRepository agencies;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AuditLog auditLog;

    /** A clock the test moves. */
    static final class MovableClock extends Clock {
        Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    private String redirectAfter(String username, String password, String address) throws Exception {
        return signIn(mvc, username, password, address).getResponse().getRedirectedUrl();
    }

    @Test
    void fiveFailuresLockTheAccountAndEvenTheRightPasswordWaitsWithTheTimeToTryAgain() throws Exception {
        AppUser user = account(users, passwords, "throttled", PASSWORD, null, null);
        for (int i = 1; i <= 4; i++) {
            assertThat(redirectAfter(user.getUsername(), "wrong-" + i, newAddress())).isEqualTo("/login?error");
        }
        String locked = redirectAfter(user.getUsername(), "wrong-5", newAddress());
        assertThat(locked).startsWith("/login?locked=");
        assertThat(redirectAfter(user.getUsername(), PASSWORD, newAddress())).startsWith("/login?locked=");

        long until = Long.parseLong(locked.substring("/login?locked=".length()));
        assertThat(Instant.ofEpochSecond(until))
                .isBetween(Instant.now().plusSeconds(50), Instant.now().plusSeconds(61));
        String message = Jsoup.parse(mvc.perform(get(locked)).andReturn().getResponse().getContentAsString())
                .select(".alert.error").text();
        assertThat(message).matches("登录失败次数过多，已暂停登录。请于北京时间 \\d\\d:\\d\\d:\\d\\d 以后再试。");
    }

    @Test
    void anAccountThatDoesNotExistIsAnsweredExactlyAsOneThatDoes() throws Exception {
        AppUser user = account(users, passwords, "exists", PASSWORD, null, null);
        String ghost = "nobody." + System.nanoTime();
        List<String> real = new ArrayList<>();
        List<String> none = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            real.add(redirectAfter(user.getUsername(), "wrong", newAddress()).replaceAll("\\d+", "N"));
            none.add(redirectAfter(ghost, "wrong", newAddress()).replaceAll("\\d+", "N"));
        }
        assertThat(none).isEqualTo(real).contains("/login?error", "/login?locked=N");
    }

    @Test
    void aWrongPasswordForAnUnknownAccountCostsAPasswordHashToo() throws Exception {
        AppUser user = account(users, passwords, "timed", PASSWORD, null, null);
        signIn(mvc, "warm.up", "wrong", newAddress());
        long[] known = new long[4];
        long[] unknown = new long[4];
        for (int i = 0; i < 4; i++) {
            long t0 = System.nanoTime();
            signIn(mvc, user.getUsername(), "wrong", newAddress());
            long t1 = System.nanoTime();
            signIn(mvc, "unknown." + System.nanoTime(), "wrong", newAddress());
            long t2 = System.nanoTime();
            known[i] = t1 - t0;
            unknown[i] = t2 - t1;
        }
        java.util.Arrays.sort(known);
        java.util.Arrays.sort(unknown);
        // without a hash for unknown accounts they answer ~50 times faster; with it, about as fast
        assertThat((double) unknown[1] / known[1]).isGreaterThan(0.3);
    }

    @Test
    void lockingDoublesUpToTheMaximumAndTheAddressIsCountedAcrossNames() {
        MovableClock clock = new MovableClock();
        SignInThrottle throttle = new SignInThrottle(jdbc, clock, 3, 5, Duration.ofMinutes(15));
        String name = "lock.test." + System.nanoTime();
        String address = newAddress();
        assertThat(throttle.failed(name, newAddress())).isEmpty();
        assertThat(throttle.failed(name, newAddress())).isEmpty();
        assertThat(throttle.failed(name, newAddress())).contains(clock.now.plus(Duration.ofMinutes(1)));
        assertThat(throttle.lockedUntil(name, newAddress())).contains(clock.now.plus(Duration.ofMinutes(1)));
        clock.now = clock.now.plus(Duration.ofSeconds(61));
        assertThat(throttle.lockedUntil(name, newAddress())).isEmpty();
        assertThat(throttle.failed(name, newAddress())).contains(clock.now.plus(Duration.ofMinutes(2)));
        assertThat(throttle.failed(name, newAddress())).contains(clock.now.plus(Duration.ofMinutes(4)));
        assertThat(throttle.lock(10)).isEqualTo(Duration.ofMinutes(15));

        throttle.succeeded(name);
        assertThat(throttle.lockedUntil(name, newAddress())).isEmpty();

        for (int i = 0; i < 4; i++) {
            assertThat(throttle.failed("someone." + i + "." + System.nanoTime(), address)).isEmpty();
        }
        assertThat(throttle.failed("someone.else." + System.nanoTime(), address)).isPresent();
        assertThat(throttle.lockedUntil("a.new.name." + System.nanoTime(), address)).isPresent();

        clock.now = clock.now.plus(Duration.ofHours(2)); // an hour after the last failure the count starts again
        assertThat(throttle.lockedUntil("a.new.name", address)).isEmpty();
        assertThat(throttle.failed("again." + System.nanoTime(), address)).isEmpty();
    }

    @Test
    void repeatedFailuresAreCountedOnOneAuditRow() throws Exception {
        String name = "audited." + System.nanoTime();
        String address = newAddress();
        for (int i = 0; i < 3; i++) {
            signIn(mvc, name, "wrong", address);
        }
        List<AuditEvent> rows = auditLog.failedLogins().stream().filter(e -> e.getTarget().equals(name)).toList();
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).getOccurrences()).isEqualTo(3);
        assertThat(rows.get(0).getComment()).isEqualTo("来自 " + address);
    }
}
