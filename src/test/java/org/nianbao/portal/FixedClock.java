package org.nianbao.portal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Today is 2026年3月1日 in China for the portal tests: reports up to 2025 are all due. */
@TestConfiguration(proxyBeanMethods = false)
public class FixedClock {

    public static final OffsetDateTime NOW = OffsetDateTime.parse("2026-03-01T10:00:00+08:00");

    @Bean
    @Primary
    Clock fixedClock() {
        return Clock.fixed(NOW.toInstant(), ZoneId.of("Asia/Shanghai"));
    }
}
