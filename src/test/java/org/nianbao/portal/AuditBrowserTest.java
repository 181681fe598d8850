package org.nianbao.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nianbao.Browser;
import org.nianbao.PortalTest;
import org.nianbao.agency.AgencyRepository;
import org.nianbao.audit.AuditLog;
import org.nianbao.publishing.Publisher;
import org.nianbao.report.Report;
import org.nianbao.report.ReportRepository;
import org.nianbao.statutory.ReportContent;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An auditor in a real headless Chromium: from the dashboard to the audit log of a report with a 10,000-character
 * prose edit, which stays a readable page (columns not squeezed, the change as a diff, the whole text behind a
 * click), under the staff layout with sign-out; axe finds nothing on the staff and audit pages.
 */
@PortalTest
class AuditBrowserTest {

    static final String CODE = "i12-audit";
    private static ChromeDriver driver;
    private static long reportId;

    @LocalServerPort
    int port;

    @Autowired
    AgencyRepository agencies;
    @Autowired
    ReportRepository reports;
    @Autowired
    Publisher publisher;
    @Autowired
    AuditLog auditLog;
    @Autowired
    TransactionTemplate tx;

    @BeforeAll
    static void startBrowser() {
        driver = Browser.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @BeforeEach
    void aReportWithALongEditAndASignedInAuditor() {
        synchronized (AuditBrowserTest.class) {
            if (reportId == 0) {
                CorrectedReports.ensure(CODE, "审计测试镇人民政府", agencies, reports, publisher, tx);
                reportId = tx.execute(s -> {
                    Report report = reports.findLatestPublished(CODE, CorrectedReports.YEAR).orElseThrow();
                    ReportContent before = report.content();
                    Map<String, String> sections = new HashMap<>(before.sections());
                    sections.put("problems", "问".repeat(10_000));
                    ReportContent after = new ReportContent(before.agencyCode(), before.agencyName(), before.year(),
                            before.edition(), sections, before.values());
                    auditLog.recordChanges(report.getId(), "editor.luhun", before, after);
                    return report.getId();
                });
            }
        }
        driver.get(url("/login"));
        driver.manage().deleteAllCookies();
        driver.get(url("/login"));
        Browser.signIn(driver, "auditor", "demo");
        assertThat(driver.getCurrentUrl()).isEqualTo(url("/staff"));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    @Test
    void theAuditorReachesAReadableLogOfALongEditFromTheDashboard() {
        driver.findElement(By.cssSelector("p.audit-link a[href='/audit']")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlToBe(url("/audit")));
        driver.findElement(By.cssSelector("a[href='/audit/reports/" + reportId + "']")).click();
        assertThat(driver.findElement(By.cssSelector("header form.logout button")).isDisplayed()).isTrue();

        Long height = (Long) driver.executeScript("return document.documentElement.scrollHeight");
        Browser.screenshot(driver, "audit-long-edit");
        assertThat(height).as("the page is not 172,797 px tall").isLessThan(3000);
        WebElement row = driver.findElements(By.cssSelector("table.log tbody tr")).stream()
                .filter(r -> r.getText().contains("五、存在的主要问题及改进情况")).findFirst().orElseThrow();
        for (String column : List.of("td.time", "td.user", "td.kind")) {
            WebElement cell = row.findElement(By.cssSelector(column));
            Long lines = (Long) driver.executeScript("var r = document.createRange();"
                    + "r.selectNodeContents(arguments[0]); return r.getClientRects().length;", cell);
            assertThat(cell.getRect().getWidth()).as(column).isGreaterThan(40);
            assertThat(cell.getText()).doesNotContain("\n");
            assertThat(lines).as(column + " on one line").isLessThanOrEqualTo(1L);
        }
        assertThat(row.findElement(By.cssSelector("td.target")).getText()).isEqualTo("五、存在的主要问题及改进情况");
        WebElement full = row.findElements(By.cssSelector("details")).get(1);
        assertThat(full.findElement(By.cssSelector(".full-text")).isDisplayed()).isFalse();
        full.findElement(By.tagName("summary")).click();
        assertThat(full.findElement(By.cssSelector(".full-text")).isDisplayed()).isTrue();
        assertThat((String) driver.executeScript("return arguments[0].textContent",
                full.findElement(By.cssSelector(".full-text")))).isEqualTo("问".repeat(10_000));
    }

    @Test
    void staffAndAuditPagesHaveNoAxeViolations() {
        for (String path : List.of("/staff", "/audit", "/audit/reports/" + reportId, "/audit/logins",
                "/audit/logins?from=2020-13-01", "/audit/reports/" + reportId + "?kind=SECTION&user=editor")) {
            driver.get(url(path));
            Results results = new AxeBuilder().analyze(driver);
            assertThat(results.getViolations()).as(path + "\n" + results.getViolations().stream()
                    .map(r -> r.getId() + ": " + r.getNodes().stream().map(n -> n.getTarget().toString())
                            .collect(Collectors.joining("; "))).collect(Collectors.joining("\n"))).isEmpty();
        }
    }
}
