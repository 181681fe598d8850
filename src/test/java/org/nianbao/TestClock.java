package org.nianbao;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;

/**
 * The tests' clock: the system's time in China unless a test class fixes "today" ({@link #fix}, undone by
 * {@link #reset}; {@code org.nianbao.portal.FixedClock} does both around a class). Registered for every application
 * the tests start through {@code META-INF/spring.factories}, as the primary {@link Clock}, so that every test shares
 * one application context instead of starting another one for another clock. Tests run one after the other, so one
 * mutable clock is enough.
 */
public final class TestClock extends Clock {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    public static final TestClock INSTANCE = new TestClock();

    private volatile Clock current = Clock.system(CHINA);

    private TestClock() {
    }

    /** From now on, and until {@link #reset}, the time is {@code now}, standing still. */
    public static void fix(OffsetDateTime now) {
        INSTANCE.current = Clock.fixed(now.toInstant(), CHINA);
    }

    /** Back to the system's time. */
    public static void reset() {
        INSTANCE.current = Clock.system(CHINA);
    }

    @Override
    public ZoneId getZone() {
        return current.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return current.withZone(zone);
    }

    @Override
    public Instant instant() {
        return current.instant();
    }

    /** Registers {@link #INSTANCE} as the primary {@link Clock} of an application started in the tests. */
    public static class Registration implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            if (context instanceof GenericApplicationContext generic) {
                generic.registerBean("testClock", Clock.class, () -> INSTANCE,
                        definition -> definition.setPrimary(true));
            }
        }
    }
}
