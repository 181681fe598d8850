package org.nianbao.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.time.Duration;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nianbao.Browser;
import org.nianbao.PortalTest;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Wait;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The sign-in lock message, the sessions page and the password page in a real Chromium on a 375 px phone: they
 * work, fit the screen and have no axe-core violation.
 */
@PortalTest
class SecurityPagesBrowserTest {

    private static final String PASSWORD = "手机上也能登录的密码";

    @LocalServerPort
    int port;
    @Autowired
    AppUserRepository users;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    JdbcClient jdbc;

    ChromeDriver driver;
    Wait<WebDriver> wait;

    @BeforeEach
    void start() {
        driver = Browser.start();
        Browser.emulatePhone(driver, 375);
        wait = new WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class);
    }

    @AfterEach
    void stop() {
        if (driver != null) {
            driver.quit();
        }
    }

    private void open(String path) {
        driver.get("http://localhost:" + port + path);
    }

    private void signIn(String username, String password) {
        open("/login");
        Browser.signIn(driver, username, password);
    }

    private void assertFitsAndIsAccessible(String what) {
        Long pageWidth = (Long) driver.executeScript("return document.documentElement.scrollWidth");
        assertThat(pageWidth).as(what + " fits a 375 px phone").isLessThanOrEqualTo(375);
        Results results = new AxeBuilder().analyze(driver);
        assertThat(results.getViolations()).as(what + "\n" + results.getViolations().stream()
                .map(r -> r.getId() + ": " + r.getHelp()).collect(Collectors.joining("\n"))).isEmpty();
    }

    @Test
    void theLockMessageSaysWhenToTryAgain() {
        String name = "browser.locked." + System.nanoTime();
        for (int i = 0; i < 5; i++) {
            signIn(name, "wrong-" + i);
            wait.until(d -> d.getCurrentUrl().contains("/login?"));
        }
        assertThat(driver.findElement(By.cssSelector(".alert.error")).getText())
                .matches("登录失败次数过多，已暂停登录。请于北京时间 \\d\\d:\\d\\d:\\d\\d 以后再试。");
        assertFitsAndIsAccessible("login, locked");
        // the browser signs in from the loopback address every browser test shares: its failures are this test's own
        jdbc.sql("delete from sign_in_throttle where key in ('address:127.0.0.1', 'address:0:0:0:0:0:0:0:1')")
                .update();
    }

    @Test
    void aStaffMemberSeesTheirSessionsAndChangesTheirPassword() {
        AppUser user = users.saveAndFlush(new AppUser("browser." + System.nanoTime(), "手机用户",
                passwords.encode(PASSWORD)));
        signIn(user.getUsername(), PASSWORD);
        wait.until(d -> d.getCurrentUrl().endsWith("/staff"));

        open("/staff/sessions");
        assertThat(driver.findElements(By.cssSelector("section.sessions tbody tr"))).hasSize(1);
        assertThat(driver.findElement(By.cssSelector("section.sessions tbody strong")).getText()).isEqualTo("当前登录");
        assertFitsAndIsAccessible("/staff/sessions");

        open("/staff/password");
        driver.findElement(By.id("current")).sendKeys(PASSWORD);
        driver.findElement(By.id("password")).sendKeys("qwerty123");
        driver.findElement(By.id("confirm")).sendKeys("qwerty123");
        driver.findElement(By.cssSelector("section.password form button[type=submit]")).click();
        wait.until(d -> !d.findElements(By.id("password-error")).isEmpty());
        assertThat(driver.findElement(By.id("password-error")).getText())
                .isEqualTo("这是最常用的一万个密码之一，很容易被猜中，请换一个");
        assertFitsAndIsAccessible("/staff/password with an error");

        driver.findElement(By.id("current")).sendKeys(PASSWORD);
        driver.findElement(By.id("password")).sendKeys("新的足够长的密码");
        driver.findElement(By.id("confirm")).sendKeys("新的足够长的密码");
        driver.findElement(By.cssSelector("section.password form button[type=submit]")).click();
        wait.until(d -> d.getCurrentUrl().endsWith("/staff/sessions"));
        assertThat(driver.findElement(By.cssSelector(".alert")).getText()).contains("密码已修改");
    }
}
