package org.nianbao.chasing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nianbao.PortalTest;
import org.nianbao.agency.Agency;
import org.nianbao.agency.AgencyKind;
import org.nianbao.agency.AgencyRepository;
import org.nianbao.portal.FixedClock;
import org.nianbao.report.Report;
import org.nianbao.report.ReportRepository;
import org.nianbao.timeliness.DeadlineRules;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/** The 主管部门's to-do list over agencies of its own (rolled back), against statutory and local dates. */
@PortalTest
@ExtendWith(FixedClock.class)
@Transactional
class ChasingTest {

    @Autowired
    AgencyRepository agencies;

    @Autowired
    ReportRepository reports;

    @Autowired
    Chasing chasing;

    @Autowired
    DeadlineRules deadlineRules;

    @Test
    void listsWhatIsHoldingEachReportUpWithinNDaysOfItsDeadline() {
        Agency city = agencies.saveAndFlush(new Agency("t14c-city", "催报测试市人民政府", AgencyKind.CITY, null));
        Agency county = agencies.saveAndFlush(new Agency("t14c-county", "催报测试县人民政府", AgencyKind.COUNTY, city));
        Agency none = agencies.saveAndFlush(new Agency("t14c-none", "未动镇人民政府", AgencyKind.TOWNSHIP, county));
        Agency submitted = agencies.saveAndFlush(new Agency("t14c-sub", "待审局", AgencyKind.DEPARTMENT, county));
        Agency returned = agencies.saveAndFlush(new Agency("t14c-ret", "退回镇人民政府", AgencyKind.TOWNSHIP, county));
        Agency done = agencies.saveAndFlush(new Agency("t14c-done", "已发布局", AgencyKind.DEPARTMENT, city));
        Report s = new Report(submitted, 2025);
        s.submit(List.of(), Map.of(), Instant.now());
        reports.saveAndFlush(s);
        Report r = new Report(returned, 2025);
        r.submit(List.of(), Map.of(), Instant.now());
        r.returnForChanges("请补充");
        reports.saveAndFlush(r);
        Report p = new Report(done, 2025);
        p.submit(List.of(), Map.of(), Instant.now());
        p.approve();
        p.publish(Instant.now());
        reports.saveAndFlush(p);

        LocalDate today = LocalDate.of(2026, 3, 1);
        List<Chasing.Item> items = chasing.todo(city, 2025, today, 14);
        assertThat(items).extracting(i -> i.code() + " " + i.stage().label() + " " + i.daysText()).containsExactly(
                "t14c-none 未提交 已逾期 29 天", "t14c-ret 退回未重新提交 已逾期 29 天", "t14c-sub 待审核 已逾期 29 天");
        // the county's own report (3月31日) is 30 days away: listed only from 30 days before
        assertThat(chasing.todo(city, 2025, today, 30)).extracting(Chasing.Item::code).contains("t14c-county");

        // a local date for counties (3月10日) brings it within 14 days, and the item names its source
        deadlineRules.set(city, AgencyKind.COUNTY, 3, 10);
        Chasing.Item countyItem = chasing.todo(city, 2025, today, 14).stream()
                .filter(i -> i.code().equals("t14c-county")).findFirst().orElseThrow();
        assertThat(countyItem.daysText()).isEqualTo("还剩 9 天");
        assertThat(countyItem.deadline().source()).isEqualTo("本市要求 3月10日前报送（催报测试市人民政府）");
    }
}
