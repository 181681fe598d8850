package org.nianbao.editing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.nianbao.agency.Agency;
import org.nianbao.agency.AgencyKind;
import org.nianbao.agency.AgencyRepository;
import org.nianbao.security.Role;
import org.nianbao.security.Staff;
import org.nianbao.timeliness.Deadlines;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 主管部门's dashboard: a staff member whose grant covers a government finds its chasing list, roll-up and
 * timeliness board for last year on 我的报告, and each link answers (agencies of its own, rolled back).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Transactional
class DashboardGovernmentsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AgencyRepository agencies;

    @Autowired
    Clock clock;

    private Document page(String url, Staff staff) throws Exception {
        return Jsoup.parse(mvc.perform(get(url).with(user(staff))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void aGovernmentsOfficeIsLinkedToItsChasingListRollupAndTimelinessBoard() throws Exception {
        String p = "i14d" + ThreadLocalRandom.current().nextInt(1_000_000);
        Agency city = agencies.saveAndFlush(new Agency(p + "-city", "看板测试市人民政府", AgencyKind.CITY, null));
        Agency county = agencies.saveAndFlush(new Agency(p + "-county", "看板测试县人民政府", AgencyKind.COUNTY, city));
        Agency town = agencies.saveAndFlush(new Agency(p + "-town", "看板测试镇人民政府", AgencyKind.TOWNSHIP, county));
        int year = LocalDate.now(clock.withZone(Deadlines.CHINA)).getYear() - 1;

        Document home = page("/staff", StaffFixtures.staff(p + "-office", Role.REVIEWER, city));
        // the government of the grant, not each government below it
        assertThat(home.select("section.governments li strong").eachText()).containsExactly("看板测试市人民政府");
        String chasing = "/staff/chasing/" + city.getCode() + "/" + year;
        String rollup = "/rollup/" + city.getCode() + "/" + year;
        String timeliness = "/timeliness/" + city.getCode() + "/" + year;
        assertThat(home.select("section.governments a").eachAttr("href")).containsExactly(chasing, rollup,
                timeliness);

        Staff office = StaffFixtures.staff(p + "-office", Role.REVIEWER, city);
        assertThat(page(chasing, office).text()).contains("看板测试镇人民政府");
        assertThat(page(rollup, office).text()).contains("看板测试县人民政府");
        assertThat(page(timeliness, office).text()).contains("看板测试县人民政府");

        // a township's editor oversees no government: no such section
        Document townHome = page("/staff", StaffFixtures.staff(p + "-editor", Role.EDITOR, town));
        assertThat(townHome.select("section.governments")).isEmpty();
    }
}
