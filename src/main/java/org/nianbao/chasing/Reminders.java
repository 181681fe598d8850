package org.nianbao.chasing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.nianbao.agency.Agency;
import org.nianbao.agency.AgencyRepository;
import org.nianbao.statutory.Edition;
import org.nianbao.text.Text;
import org.nianbao.timeliness.Deadlines;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * E-mail reminders (Spring Mail): every agency on a to-do list that has a reminder address gets one message saying
 * what is holding its report up and by when it is due. Sent only when {@code nianbao.reminders.enabled=true} and a
 * mail server is configured ({@code spring.mail.host}); see {@link ReminderSchedule}.
 */
public class Reminders {

    private static final Logger log = LoggerFactory.getLogger(Reminders.class);

    private final Chasing chasing;
    private final AgencyRepository agencies;
    private final JavaMailSender mail;
    private final String from;
    private final int days;

    public Reminders(Chasing chasing, AgencyRepository agencies, JavaMailSender mail, String from, int days) {
        this.chasing = chasing;
        this.agencies = agencies;
        this.mail = mail;
        this.from = from;
        this.days = days;
    }

    /** Sends today's reminders for last year's reports; returns the messages sent. */
    public List<SimpleMailMessage> send(Clock clock) {
        LocalDate today = LocalDate.now(clock.withZone(Deadlines.CHINA));
        int year = today.getYear() - 1;
        List<SimpleMailMessage> sent = new ArrayList<>();
        for (Agency top : agencies.findAll()) {
            if (top.getParent() != null || !top.getKind().isGovernmentAboveTownship()) {
                continue;
            }
            for (Chasing.Item item : chasing.todo(top, year, today, days)) {
                if (item.contactEmail() == null) {
                    continue;
                }
                SimpleMailMessage message = new SimpleMailMessage();
                message.setFrom(from);
                message.setTo(item.contactEmail());
                message.setSubject(Text.of("chasing.reminder.subject", item.name(), year, Edition.TITLE,
                        item.daysText()));
                message.setText(Text.of("chasing.reminder.text", item.name(), year, Edition.TITLE,
                        item.stage().label(), item.deadline().date().toString(), item.deadline().source(),
                        item.daysText()));
                try {
                    mail.send(message);
                    sent.add(message);
                } catch (MailException e) {
                    log.warn("Reminder to {} not sent: {}", item.contactEmail(), e.getMessage());
                }
            }
        }
        return sent;
    }
}
