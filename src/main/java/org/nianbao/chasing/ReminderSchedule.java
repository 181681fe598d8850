package org.nianbao.chasing;

import java.time.Clock;
import org.nianbao.agency.AgencyRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Daily reminders, only with {@code nianbao.reminders.enabled=true} (off by default: nothing external is needed to
 * run the portal); then a mail server must be configured with the standard {@code spring.mail.*} settings.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "nianbao.reminders.enabled", havingValue = "true")
@EnableScheduling
class ReminderSchedule {

    @Bean
    Reminders reminders(Chasing chasing, AgencyRepository agencies, JavaMailSender mail,
            @Value("${nianbao.reminders.from:nianbao@localhost}") String from,
            @Value("${nianbao.reminders.days:14}") int days) {
        return new Reminders(chasing, agencies, mail, from, days);
    }

    @Bean
    Daily daily(Reminders reminders, Clock clock) {
        return new Daily(reminders, clock);
    }

    /** Sends the reminders every morning (cron {@code nianbao.reminders.cron}, China time). */
    static class Daily {

        private final Reminders reminders;
        private final Clock clock;

        Daily(Reminders reminders, Clock clock) {
            this.reminders = reminders;
            this.clock = clock;
        }

        @Scheduled(cron = "${nianbao.reminders.cron:0 0 8 * * *}", zone = "Asia/Shanghai")
        void send() {
            reminders.send(clock);
        }
    }
}
