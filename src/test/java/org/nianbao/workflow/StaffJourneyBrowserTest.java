package org.nianbao.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nianbao.Browser;
import org.nianbao.PortalTest;
import org.nianbao.agency.Agency;
import org.nianbao.agency.AgencyKind;
import org.nianbao.agency.AgencyRepository;
import org.nianbao.exchange.ExchangeFormat;
import org.nianbao.publishing.Publisher;
import org.nianbao.report.Report;
import org.nianbao.security.AppUser;
import org.nianbao.security.AppUserRepository;
import org.nianbao.security.Role;
import org.nianbao.statutory.ReportContent;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.Wait;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The whole staff journey in a real browser: a township's editor creates the 2022 report, pastes part of table 3
 * from a spreadsheet, sees a finding, fixes it, submits with an explanation of a warning; 嵩县's reviewer returns it
 * with a reason; the editor fixes and resubmits; the reviewer approves and publishes; the public page shows it. The
 * township is the test's own (under the demo county, with 陆浑镇's published 2021 report as its last year), so the
 * publication touches no agency another test reads.
 */
@PortalTest
class StaffJourneyBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    AppUserRepository users;

    @Autowired
    AgencyRepository agencies;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    Publisher publisher;

    final String code = "i16t-journey-" + Long.toString(System.nanoTime(), 36);
    final String editor = "editor." + code;
    static final String TOWNSHIP = "旅程测试镇人民政府";

    ChromeDriver driver;
    Wait<WebDriver> wait;

    @BeforeEach
    void start() throws Exception {
        Agency township;
        try (InputStream json = getClass().getResourceAsStream("/demo/songxian-luhun-2021.json")) {
            ReportContent luhun = ExchangeFormat.read(new String(json.readAllBytes(), StandardCharsets.UTF_8));
            township = agencies.saveAndFlush(new Agency(code, TOWNSHIP, AgencyKind.TOWNSHIP,
                    agencies.findByCode("songxian").orElseThrow()));
            publisher.publish(Report.imported(township, new ReportContent(code, TOWNSHIP, 2021, luhun.edition(),
                    luhun.sections(), luhun.values())), OffsetDateTime.parse("2022-01-20T10:00:00+08:00").toInstant());
        }
        // the demo reviewer exists when the demo data was loaded with its accounts; otherwise create it here
        tx.executeWithoutResult(s -> {
            account(editor, "旅程测试镇填报人", code, Role.EDITOR);
            account("reviewer.songxian", "嵩县审核人", "songxian", Role.REVIEWER, Role.PUBLISHER);
        });
        driver = Browser.start();
        // pages are replaced under the wait's feet after each POST/redirect
        wait = new WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class);
    }

    private void account(String username, String name, String agencyCode, Role... roles) {
        if (users.findByUsername(username).isEmpty()) {
            Agency agency = agencies.findByCode(agencyCode).orElseThrow();
            AppUser user = new AppUser(username, name, passwords.encode("demo"));
            for (Role role : roles) {
                user.grant(role, agency);
            }
            users.save(user);
        }
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

    private void logIn(String username) {
        open("/login");
        Browser.signIn(driver, username, "demo");
        wait.until(d -> d.getCurrentUrl().endsWith("/staff"));
    }

    private void logOut() {
        driver.findElement(By.cssSelector("form.logout button")).click();
        wait.until(d -> d.getCurrentUrl().contains("/login"));
    }

    /** Saves and waits for the page the save leads to (the save may first wait for an autosave on its way). */
    private void save() {
        WebElement form = driver.findElement(By.cssSelector("form.section-form"));
        form.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(form));
        wait.until(d -> !d.findElements(By.cssSelector(".alert.success")).isEmpty());
    }

    /**
     * Fills every empty input of the section's grid with 0 (the script's own input events recompute totals); the
     * hidden fields that say what the form was loaded with are left alone, as a person's typing leaves them.
     */
    private void fillBlanksWithZero() {
        driver.executeScript("""
                document.querySelectorAll('table.grid input[type=text]').forEach(function (i) {
                  if (i.value === '') { i.value = '0'; i.dispatchEvent(new Event('input', {bubbles: true})); }
                });""");
    }

    private String value(String cellId) {
        return driver.findElement(By.cssSelector("#" + cellId + " input, #" + cellId + " output"))
                .getAttribute(driver.findElement(By.cssSelector("#" + cellId)).findElements(By.tagName("input"))
                        .isEmpty() ? "textContent" : "value").strip();
    }

    private void type(String cellId, String text) {
        WebElement input = driver.findElement(By.cssSelector("#" + cellId + " input"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
    }

    private void prose(String section, String text) {
        open(reportPath + "/sections/" + section);
        WebElement area = driver.findElement(By.id("text"));
        area.clear();
        area.sendKeys(text);
        save();
    }

    String reportPath;

    @Test
    void anEditorAndAReviewerTakeTheReportFromDraftToPublication() {
        logIn(editor);
        Browser.screenshot(driver, "journey-01-dashboard");
        new Select(driver.findElement(By.id("agency"))).selectByValue(code);
        WebElement year = driver.findElement(By.id("year"));
        year.clear();
        year.sendKeys("2022", Keys.ENTER);
        wait.until(d -> d.getCurrentUrl().matches(".*/staff/reports/\\d+$"));
        reportPath = driver.getCurrentUrl().replaceFirst("^http://localhost:\\d+", "");

        // table 3: paste a row from a spreadsheet into 一、本年新收; its 7th value falls on the computed 总计
        open(reportPath + "/sections/applications");
        String carriedIn = value("cell-applications-carried_in-natural_person");
        assertThat(carriedIn).as("二、上年结转 comes from last year's 四、结转下年度继续办理").isNotEmpty();
        WebElement first = driver.findElement(By.cssSelector("#cell-applications-received-natural_person input"));
        first.click();
        driver.executeScript("""
                var dt = new DataTransfer(); dt.setData('text/plain', arguments[1]);
                arguments[0].dispatchEvent(new ClipboardEvent('paste', {clipboardData: dt, bubbles: true, cancelable: true}));
                """, first, "3\t1\t0\t0\t0\t0\t4\r\n");
        assertThat(value("cell-applications-received-commercial")).isEqualTo("1");
        assertThat(value("cell-applications-received-total")).as("live total").isEqualTo("4");
        assertThat(driver.findElement(By.cssSelector(".paste-report")).getText()).contains("已粘贴 6 个单元格", "1 个值无法填入");
        first.sendKeys(Keys.ARROW_DOWN);
        assertThat(driver.switchTo().activeElement().getAttribute("name")).as("arrow keys move between cells")
                .isEqualTo("applications.carried_in.natural_person");
        Browser.screenshot(driver, "journey-02-pasted");
        fillBlanksWithZero();
        save();
        assertThat(driver.findElements(By.cssSelector(".findings li.error")).stream().map(WebElement::getText))
                .anySatisfy(t -> assertThat(t).contains("R1"));
        assertThat(driver.findElement(By.id("cell-applications-results_total-natural_person")).getAttribute("class"))
                .contains("flag-error");
        Browser.screenshot(driver, "journey-03-finding");

        // fix: the new applications were granted; what came in from last year is carried on
        type("cell-applications-granted-natural_person", "3");
        type("cell-applications-granted-commercial", "1");
        driver.executeScript("""
                document.querySelectorAll('#main td[id^="cell-applications-carried_in-"] input').forEach(function (i) {
                  var out = document.querySelector('#' + i.closest('td').id.replace('carried_in', 'carried_out') + ' input');
                  out.value = i.value; out.dispatchEvent(new Event('input', {bubbles: true}));
                });""");
        assertThat(value("cell-applications-results_total-natural_person")).isEqualTo("3");
        save();
        assertThat(driver.findElements(By.cssSelector(".findings li")).stream().map(WebElement::getText))
                .noneSatisfy(t -> assertThat(t).contains("R1"));

        open(reportPath + "/sections/proactive");
        fillBlanksWithZero();
        save();
        open(reportPath + "/sections/review_litigation");
        fillBlanksWithZero();
        save();
        prose("overview", "2022年，陆浑镇认真贯彻《中华人民共和国政府信息公开条例》，依法做好政府信息公开工作。");
        prose("problems", "存在的问题是公开内容不够全面，已建立每月检查制度。");
        prose("other_matters", "无");
        Browser.screenshot(driver, "journey-04-sections-filled");

        open(reportPath + "/submit");
        List<WebElement> explanations = driver.findElements(By.cssSelector(".explain textarea"));
        assertThat(explanations).isNotEmpty();
        assertThat(driver.findElement(By.cssSelector(".explain label")).getText()).isNotEmpty();
        explanations.forEach(e -> e.sendKeys("本镇2022年未收取信息处理费；其余情况已核实。"));
        Browser.screenshot(driver, "journey-05-submit");
        driver.findElement(By.cssSelector("section.submit button[type=submit]")).click();
        wait.until(d -> d.findElement(By.cssSelector(".status")).getText().equals("待审核"));
        logOut();

        logIn("reviewer.songxian");
        open(reportPath);
        assertThat(driver.findElement(By.cssSelector(".explanations dd")).getText()).contains("未收取信息处理费");
        driver.findElement(By.id("reason")).sendKeys("请在总体情况中补充主动公开的情况。");
        Browser.screenshot(driver, "journey-06-review");
        driver.findElement(By.xpath("//button[text()='退回修改']")).click();
        wait.until(d -> d.findElement(By.cssSelector(".status")).getText().equals("退回"));
        logOut();

        logIn(editor);
        open(reportPath);
        assertThat(driver.findElement(By.cssSelector(".return-reason")).getText()).isEqualTo("请在总体情况中补充主动公开的情况。");
        Browser.screenshot(driver, "journey-07-returned");
        prose("overview", "2022年，陆浑镇认真贯彻《中华人民共和国政府信息公开条例》，主动公开各类政府信息，依法做好政府信息公开工作。");
        open(reportPath + "/submit");
        driver.findElements(By.cssSelector(".explain textarea")).stream().filter(e -> e.getAttribute("value").isBlank())
                .forEach(e -> e.sendKeys("已核实。"));
        driver.findElement(By.cssSelector("section.submit button[type=submit]")).click();
        wait.until(d -> d.findElement(By.cssSelector(".status")).getText().equals("待审核"));
        logOut();

        logIn("reviewer.songxian");
        open(reportPath);
        driver.findElement(By.xpath("//button[text()='审核通过']")).click();
        wait.until(d -> d.findElement(By.cssSelector(".status")).getText().equals("已审核"));
        driver.findElement(By.xpath("//button[text()='发布']")).click();
        wait.until(d -> d.findElement(By.cssSelector(".status")).getText().equals("已发布"));
        Browser.screenshot(driver, "journey-08-published");

        Browser.emulatePhone(driver, 375);
        open(reportPath + "/sections/applications");
        assertThat((Long) driver.executeScript("return document.documentElement.scrollWidth;"))
                .as("the grid scrolls inside its box at 375 px").isLessThanOrEqualTo(375L);
        Browser.screenshot(driver, "journey-08b-phone-grid");

        open("/reports/" + code + "/2022");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(TOWNSHIP + "2022年政府信息公开工作年度报告");
        assertThat(driver.findElement(By.cssSelector("#overview p")).getText()).contains("主动公开各类政府信息");
        assertThat(driver.findElement(By.id("cell-applications-received-natural_person")).getText()).isEqualTo("3");
        Browser.screenshot(driver, "journey-09-public");
    }
}
