package org.nianbao.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nianbao.Browser;
import org.nianbao.PortalTest;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * axe-core (WCAG 2.1 A/AA and best practices) in a real headless Chromium finds no violation on the public pages,
 * in the ordinary and the 关怀版 look; and the 关怀版 switch works as a plain link and persists across pages.
 */
@PortalTest
@ExtendWith(FixedClock.class)
class AccessibilityTest {

    private static ChromeDriver driver;

    @LocalServerPort
    int port;

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

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/agencies/songxian-luhun", "/agencies/songxian", "/reports/songxian-luhun/2021",
            "/reports/songxian-luhun/2020", "/search?q=依申请公开", "/timeliness/songxian/2022", "/open-data",
            "/agencies/nowhere", "/rollup/songxian/2021", "/rollup/luoyang/2021?levels=direct", "/agencies/luoyang",
            "/timeliness/luoyang/2022"})
    void pageHasNoAxeViolations(String path) {
        assertNoViolations(path, false);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/agencies/songxian-luhun", "/reports/songxian-luhun/2021", "/search?q=依申请公开",
            "/timeliness/songxian/2022"})
    void carePageHasNoAxeViolations(String path) {
        assertNoViolations(path, true);
    }

    private void assertNoViolations(String path, boolean care) {
        driver.get(url("/"));
        driver.manage().deleteAllCookies();
        if (care) {
            driver.manage().addCookie(new Cookie("care", "1"));
        }
        driver.get(url(path));
        if (care) {
            assertThat(driver.findElement(By.tagName("body")).getAttribute("class")).contains("care");
        }
        Results results = new AxeBuilder().analyze(driver);
        assertThat(results.getViolations()).as(path + (care ? "（关怀版）" : "") + "\n"
                + results.getViolations().stream().map(AccessibilityTest::describe)
                        .collect(Collectors.joining("\n"))).isEmpty();
    }

    @Test
    void theCareSwitchIsAPlainLinkThatPersists() {
        driver.manage().deleteAllCookies();
        driver.get(url("/agencies/songxian-luhun"));
        assertThat(driver.findElement(By.tagName("body")).getAttribute("class")).doesNotContain("care");
        driver.findElement(By.cssSelector("a.care-switch")).click();
        assertThat(driver.getCurrentUrl()).isEqualTo(url("/agencies/songxian-luhun"));
        assertThat(driver.findElement(By.tagName("body")).getAttribute("class")).contains("care");
        driver.get(url("/timeliness/songxian/2021"));
        assertThat(driver.findElement(By.tagName("body")).getAttribute("class")).contains("care");
        assertThat(driver.findElement(By.cssSelector("a.care-switch")).getText()).isEqualTo("退出关怀版");
        driver.findElement(By.cssSelector("a.care-switch")).click();
        assertThat(driver.findElement(By.tagName("body")).getAttribute("class")).doesNotContain("care");
        driver.manage().deleteAllCookies();
    }

    private static String describe(Rule rule) {
        return rule.getId() + ": " + rule.getHelp() + " " + rule.getNodes().stream()
                .map(n -> n.getTarget() + " " + n.getFailureSummary()).collect(Collectors.joining("; "));
    }
}
