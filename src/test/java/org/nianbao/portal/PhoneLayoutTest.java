package org.nianbao.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nianbao.Browser;
import org.nianbao.PortalTest;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In a real headless Chromium at 375 px wide: the page never scrolls sideways; wide statutory tables scroll inside
 * their own box instead.
 */
@PortalTest
class PhoneLayoutTest {

    private static final int PHONE = 375;
    private static ChromeDriver driver;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() {
        driver = Browser.start();
        Browser.emulatePhone(driver, PHONE);
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/reports/songxian-luhun/2021", "/reports/songxian-luhun/2020",
            "/reports/songxian-chengguan/2022", "/reports/nowhere/2021", "/?year=2021", "/agencies/songxian-luhun",
            "/agencies/songxian", "/search?q=依申请公开", "/timeliness/songxian/2022", "/open-data"})
    void pageDoesNotScrollSidewaysOnAPhone(String path) {
        driver.get("http://localhost:" + port + path);
        Long pageWidth = (Long) driver.executeScript("return document.documentElement.scrollWidth");
        Long viewport = (Long) driver.executeScript("return document.documentElement.clientWidth");
        Browser.screenshot(driver, "phone" + path.replace('/', '_'));
        assertThat(viewport).isEqualTo(PHONE);
        assertThat(pageWidth).as("page width of " + path).isLessThanOrEqualTo(PHONE);

        List<WebElement> boxes = driver.findElements(By.cssSelector(".table-scroll"));
        for (WebElement box : boxes) {
            Long boxWidth = (Long) driver.executeScript("return arguments[0].clientWidth", box);
            String overflow = (String) driver.executeScript("return getComputedStyle(arguments[0]).overflowX", box);
            assertThat(boxWidth).isLessThanOrEqualTo(PHONE);
            assertThat(overflow).isEqualTo("auto");
        }
        if (path.startsWith("/reports/songxian-luhun/2021")) {
            WebElement tableThree = driver.findElement(By.cssSelector("#applications .table-scroll"));
            Long inner = (Long) driver.executeScript("return arguments[0].scrollWidth", tableThree);
            assertThat(inner).as("table 3 is wider than the phone and scrolls in its box").isGreaterThan(PHONE);
        }
    }
}
