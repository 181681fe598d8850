package org.nianbao.timeliness;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The clock that says what today is (which reports are due); tests fix it with a {@code @Primary} one. */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    @Bean
    Clock clock() {
        return Clock.system(Deadlines.CHINA);
    }
}
