package org.nianbao.cluster;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Periodic work that must run once per period across every instance of the portal: each instance's timer
 * fires, and the one that claims the period (a conditional update of {@code scheduled_run} in PostgreSQL, atomic
 * across instances) does the work; the others skip it.
 */
@Component
public class Once {

    private final JdbcClient jdbc;
    private final Clock clock = Clock.systemUTC();

    Once(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** True for exactly one caller, on any instance, per {@code period} of the job named {@code job}. */
    public boolean claim(String job, Duration period) {
        var now = clock.instant().atOffset(ZoneOffset.UTC);
        return jdbc.sql("""
                insert into scheduled_run (job, last_run_at) values (:job, :now)
                on conflict (job) do update set last_run_at = :now
                where scheduled_run.last_run_at <= :due
                returning job""")
                .param("job", job).param("now", now).param("due", now.minus(period).plusSeconds(1))
                .query(String.class).optional().isPresent();
    }
}
