package org.nianbao.chasing;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.nianbao.PortalTest;
import org.nianbao.agency.Agency;
import org.nianbao.agency.AgencyKind;
import org.nianbao.agency.AgencyRepository;
import org.nianbao.portal.FixedClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.annotation.Transactional;

/** Reminders go through Spring Mail to an in-process SMTP server (GreenMail): one per chased agency with an address. */
@PortalTest
@ExtendWith(FixedClock.class)
@Transactional
class RemindersTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    Chasing chasing;

    @Autowired
    AgencyRepository agencies;

    @Test
    void eachChasedAgencyWithAnAddressGetsOneReminder() throws Exception {
        Agency province = agencies.saveAndFlush(new Agency("t14m-prov", "提醒测试省人民政府", AgencyKind.PROVINCE, null));
        Agency late = new Agency("t14m-late", "提醒测试厅", AgencyKind.DEPARTMENT, province);
        late.setContactEmail("late@example.test");
        agencies.saveAndFlush(late);
        agencies.saveAndFlush(new Agency("t14m-quiet", "无邮箱厅", AgencyKind.DEPARTMENT, province));

        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(SMTP.getSmtp().getPort());
        sender.setDefaultEncoding("UTF-8");
        Clock march = Clock.fixed(ZonedDateTime.parse("2026-03-01T09:00:00+08:00").toInstant(),
                java.time.ZoneId.of("Asia/Shanghai"));

        new Reminders(chasing, agencies, sender, "nianbao@example.test", 14).send(march);

        MimeMessage[] received = SMTP.getReceivedMessagesForDomain("late@example.test");
        assertThat(received).hasSize(1);
        assertThat(received[0].getSubject()).isEqualTo("【催报】提醒测试厅 2025 年度政府信息公开工作年度报告：已逾期 29 天");
        assertThat(GreenMailUtil.getBody(received[0])).isNotBlank();
        assertThat(received[0].getContent().toString()).contains("未提交").contains("2026-01-31")
                .contains("第四十九条");
    }
}
