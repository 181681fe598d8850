package org.nianbao.quality;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.time.Duration;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nianbao.Browser;
import org.nianbao.PortalTest;
import org.nianbao.report.ReportRepository;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In a real headless Chromium: the quality board, 考核预检 of the demo 陆浑镇 2021 report and the rule-pack page have
 * no axe-core violation and do not scroll sideways at 375 px; the demo report's carried-over 桐峪 is on its page.
 */
@PortalTest
class QualityPagesBrowserTest {

    private static ChromeDriver driver;

    @LocalServerPort
    int port;

    @Autowired
    ReportRepository reports;

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

    private void logIn(String username) {
        driver.get("http://localhost:" + port + "/login");
        driver.manage().deleteAllCookies();
        driver.get("http://localhost:" + port + "/login");
        Browser.signIn(driver, username, "demo");
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !d.getCurrentUrl().contains("/login"));
    }

    private void check(String path) {
        Browser.emulatePhone(driver, 1024);
        driver.get("http://localhost:" + port + path);
        Results results = new AxeBuilder().analyze(driver);
        assertThat(results.getViolations()).as(path + "\n" + results.getViolations().stream()
                .map(r -> r.getId() + ": " + r.getNodes().stream().map(n -> n.getTarget() + " " + n.getFailureSummary())
                        .collect(Collectors.joining("; "))).collect(Collectors.joining("\n"))).isEmpty();
        Browser.emulatePhone(driver, 375);
        driver.get("http://localhost:" + port + path);
        assertThat((Long) driver.executeScript("return document.documentElement.scrollWidth;")).as(path + " at 375 px")
                .isLessThanOrEqualTo(375L);
    }

    @Test
    void theNewPagesAreAccessibleAndFitAPhone() {
        long luhun = reports.findLatestPublished("songxian-luhun", 2021).orElseThrow().getId();
        logIn("auditor");
        check("/staff/quality/songxian/2021");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("陆浑镇人民政府", "T6×3");
        check("/staff/reports/" + luhun + "/assessment");
        assertThat(driver.findElement(By.cssSelector(".marks")).getText()).contains("结合桐峪实际");
        logIn("admin");
        check("/admin/rule-packs");
    }
}
