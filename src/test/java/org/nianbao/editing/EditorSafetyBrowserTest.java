package org.nianbao.editing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nianbao.Browser;
import org.nianbao.PortalTest;
import org.nianbao.agency.Agency;
import org.nianbao.agency.AgencyKind;
import org.nianbao.agency.AgencyRepository;
import org.nianbao.report.Report;
import org.nianbao.report.ReportRepository;
import org.nianbao.report.ReportStatus;
import org.nianbao.security.AppUser;
import org.nianbao.security.AppUserRepository;
import org.nianbao.security.Role;
import org.nianbao.statutory.ReportContent;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Wait;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Nothing typed is lost, and saves conflict only when there is a conflict, in a real browser. Each test works on a
 * report of its own agency (created here with its own editor), so it depends on no other test's data.
 */
@PortalTest
class EditorSafetyBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    AppUserRepository users;

    @Autowired
    AgencyRepository agencies;

    @Autowired
    ReportRepository reports;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    TransactionTemplate tx;

    ChromeDriver driver;
    Wait<WebDriver> wait;
    String username;
    long reportId;

    @BeforeEach
    void start() {
        String code = "i11-" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
        username = "editor." + code;
        reportId = tx.execute(s -> {
            Agency agency = agencies.save(new Agency(code, "测试镇" + code + "人民政府", AgencyKind.TOWNSHIP,
                    agencies.findByCode("songxian").orElseThrow()));
            AppUser user = new AppUser(username, "测试填报人", passwords.encode("demo"));
            user.grant(Role.EDITOR, agency);
            users.save(user);
            return reports.save(new Report(agency, 2022)).getId();
        });
        driver = Browser.start();
        wait = new WebDriverWait(driver, Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class);
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

    private String section(String code) {
        return "/staff/reports/" + reportId + "/sections/" + code;
    }

    private void signIn() {
        Browser.signIn(driver, username, "demo");
    }

    private void logIn() {
        logIn(username);
    }

    private void logIn(String who) {
        open("/login");
        Browser.signIn(driver, who, "demo");
        wait.until(d -> d.getCurrentUrl().endsWith("/staff"));
    }

    /** Saves and waits for the page the save leads to (the save may first wait for an autosave on its way). */
    private void save() {
        WebElement form = driver.findElement(By.cssSelector("form.section-form"));
        form.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(form));
        wait.until(d -> !d.findElements(By.cssSelector(".alert.success")).isEmpty());
    }

    private ReportContent saved() {
        return tx.execute(s -> reports.findById(reportId).orElseThrow().content());
    }

    private WebElement cell(String id) {
        return driver.findElement(By.cssSelector("#" + id + " input"));
    }

    private String active() {
        return driver.switchTo().activeElement().getAttribute("name");
    }

    @Test
    void theSessionEndsWhileTypingAndAfterSignInTheTextIsBackAndSaved() {
        logIn();
        open(section("overview"));
        driver.findElement(By.id("text")).sendKeys("会话结束前输入的总体情况。");
        // the session ends (time-out, or sign-out in another tab): its cookie (Spring Session's) is gone
        driver.manage().deleteCookieNamed("SESSION");
        driver.findElement(By.cssSelector("form.section-form button[type=submit]")).click();
        wait.until(d -> d.getCurrentUrl().contains("/login"));
        assertThat(driver.findElement(By.cssSelector("section.login")).getText()).contains("已经保留");
        signIn();
        wait.until(d -> d.getCurrentUrl().contains(section("overview")));
        assertThat(driver.findElement(By.id("text")).getAttribute("value")).isEqualTo("会话结束前输入的总体情况。");
        assertThat(driver.findElement(By.cssSelector(".alert.restored")).getText()).contains("还没有保存");
        assertThat(saved().section("overview")).as("saved only after a confirmation").isEmpty();
        Browser.screenshot(driver, "safety-01-restored");
        save();
        assertThat(saved().section("overview")).isEqualTo("会话结束前输入的总体情况。");
    }

    @Test
    void twoTabsSavingDifferentSectionsBothSucceed() {
        logIn();
        open(section("overview"));
        String first = driver.getWindowHandle();
        driver.switchTo().newWindow(WindowType.TAB);
        open(section("problems"));
        driver.findElement(By.id("text")).sendKeys("第二个标签页写的问题。");
        save();
        driver.switchTo().window(first);
        driver.findElement(By.id("text")).sendKeys("第一个标签页写的总体情况。");
        save();
        assertThat(driver.findElements(By.cssSelector("h1")).get(0).getText()).doesNotContain("冲突");
        ReportContent content = saved();
        assertThat(content.section("overview")).isEqualTo("第一个标签页写的总体情况。");
        assertThat(content.section("problems")).isEqualTo("第二个标签页写的问题。");
    }

    @Test
    void twoTabsChangingTheSameCellConflictAndThePersonChooses() {
        logIn();
        open(section("review_litigation"));
        String first = driver.getWindowHandle();
        driver.switchTo().newWindow(WindowType.TAB);
        open(section("review_litigation"));
        cell("cell-review_litigation-review-upheld").sendKeys("1");
        cell("cell-review_litigation-review-corrected").sendKeys("2");
        save();
        driver.switchTo().window(first);
        cell("cell-review_litigation-review-upheld").sendKeys("5");
        cell("cell-review_litigation-review-other").sendKeys("3");
        driver.findElement(By.cssSelector("form.section-form button[type=submit]")).click();
        wait.until(d -> d.findElement(By.tagName("h1")).getText().contains("保存冲突"));
        List<WebElement> rows = driver.findElements(By.cssSelector("tr.differs"));
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).findElement(By.cssSelector(".theirs")).getText()).isEqualTo("1");
        assertThat(rows.get(0).findElement(By.cssSelector(".mine")).getText()).isEqualTo("5");
        Browser.screenshot(driver, "safety-02-conflict");
        driver.findElement(By.cssSelector("form.resolve-theirs button")).click();
        wait.until(d -> !d.findElements(By.cssSelector(".alert.success")).isEmpty());
        ReportContent content = saved();
        assertThat(content.value("review_litigation", "review", "upheld")).as("theirs kept").isEqualByComparingTo("1");
        assertThat(content.value("review_litigation", "review", "corrected")).isEqualByComparingTo("2");
        assertThat(content.value("review_litigation", "review", "other")).as("my other change saved")
                .isEqualByComparingTo("3");
    }

    @Test
    void autosavedTypingSurvivesClosingTheTabAndUnsavedTypingIsOfferedAgain() {
        logIn();
        open(section("problems"));
        WebElement area = driver.findElement(By.id("text"));
        area.sendKeys("自动保存的问题。");
        area.sendKeys(Keys.TAB); // leaving the field saves at once
        wait.until(d -> d.findElement(By.cssSelector(".autosave-status")).getText().matches("已自动保存 \\d\\d:\\d\\d"));
        assertThat(saved().section("problems")).isEqualTo("自动保存的问题。");

        // typing not yet sent to the server (the network is down) is kept in the browser; then the tab is gone
        // without a word (a crash)
        open(section("other_matters"));
        driver.executeScript("window.fetch = function () { return Promise.reject(new Error('offline')); };");
        driver.findElement(By.id("text")).sendKeys("崩溃前输入的其他事项。");
        wait.until(d -> d instanceof ChromeDriver c && c.executeScript(
                "return localStorage.getItem('nianbao.draft:' + location.pathname)") != null);
        String crashed = driver.getWindowHandle();
        driver.switchTo().newWindow(WindowType.TAB);
        String fresh = driver.getWindowHandle();
        driver.switchTo().window(crashed);
        driver.executeCdpCommand("Target.closeTarget", Map.of("targetId", targetId()));
        driver.switchTo().window(fresh);
        open(section("other_matters"));
        WebElement offer = wait.until(d -> d.findElement(By.cssSelector(".draft-offer")));
        wait.until(d -> offer.isDisplayed());
        Browser.screenshot(driver, "safety-03-offer");
        offer.findElement(By.cssSelector(".restore-draft")).click();
        assertThat(driver.findElement(By.id("text")).getAttribute("value")).isEqualTo("崩溃前输入的其他事项。");
        save();
        assertThat(saved().section("other_matters")).isEqualTo("崩溃前输入的其他事项。");
        assertThat(saved().section("problems")).isEqualTo("自动保存的问题。");
    }

    private String targetId() {
        @SuppressWarnings("unchecked")
        Map<String, Object> info = (Map<String, Object>) driver.executeCdpCommand("Target.getTargetInfo", Map.of());
        @SuppressWarnings("unchecked")
        Map<String, Object> target = (Map<String, Object>) info.get("targetInfo");
        return (String) target.get("targetId");
    }

    @Test
    void enterMovesDownAndShiftEnterUpInTableTwo() {
        logIn();
        open(section("proactive"));
        WebElement repealed = cell("cell-proactive-normative_documents-repealed");
        repealed.click();
        repealed.sendKeys("2", Keys.ENTER);
        assertThat(active()).as("Enter leaves 行政规范性文件 for the row below").isNotEqualTo(
                "proactive.normative_documents.repealed").startsWith("proactive.licensing");
        driver.switchTo().activeElement().sendKeys("6200");
        assertThat(repealed.getAttribute("value")).isEqualTo("2");
        driver.switchTo().activeElement().sendKeys(Keys.chord(Keys.SHIFT, Keys.ENTER));
        assertThat(active()).startsWith("proactive.normative_documents");
        WebElement inForce = cell("cell-proactive-normative_documents-in_force");
        inForce.click();
        inForce.sendKeys("5", Keys.ENTER);
        assertThat(active()).startsWith("proactive.licensing");
        inForce.click();
        inForce.sendKeys(Keys.ARROW_UP);
        assertThat(active()).isEqualTo("proactive.regulations.in_force");
        Browser.screenshot(driver, "safety-04-table-two");
        driver.switchTo().activeElement().sendKeys(Keys.TAB); // leave the page clean: save what was typed
        save();
        assertThat(saved().value("proactive", "licensing", "decisions")).isEqualByComparingTo("6200");
    }

    @Test
    void theReviewerSeesWhatChangedSinceReturningTheReport() {
        String reviewerName = "reviewer." + username.substring("editor.".length());
        tx.executeWithoutResult(s -> {
            Report report = reports.findById(reportId).orElseThrow();
            report.replaceContent(StaffFixtures.complete(report.content(), "本年度未收取信息处理费。"), Instant.now());
            report.submit(List.of(), Map.of(), java.time.Instant.now());
            AppUser reviewer = new AppUser(reviewerName, "测试审核人", passwords.encode("demo"));
            reviewer.grant(Role.REVIEWER, report.getAgency());
            users.save(reviewer);
        });
        logIn(reviewerName);
        open("/staff/reports/" + reportId);
        driver.findElement(By.id("reason")).sendKeys("请核对表四");
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("comment-target-0")))
                .selectByValue("review_litigation.review.upheld");
        driver.findElement(By.id("comment-text-0")).sendKeys("维持的件数与台账不符");
        driver.findElement(By.xpath("//button[text()='退回修改']")).click();
        wait.until(d -> d.findElement(By.cssSelector(".meta .status")).getText().equals("退回"));
        driver.findElement(By.cssSelector("form.logout button")).click();
        wait.until(d -> d.getCurrentUrl().contains("/login"));

        logIn();
        open(section("review_litigation"));
        assertThat(driver.findElement(By.cssSelector("#cell-review_litigation-review-upheld .review-comment")).getText())
                .isEqualTo("审核意见：维持的件数与台账不符");
        WebElement upheld = cell("cell-review_litigation-review-upheld");
        upheld.sendKeys(Keys.chord(Keys.CONTROL, "a"), "4");
        save();
        open("/staff/reports/" + reportId + "/submit");
        driver.findElement(By.cssSelector("section.submit button[type=submit]")).click();
        wait.until(d -> d.findElement(By.cssSelector(".meta .status")).getText().equals("待审核"));
        driver.findElement(By.cssSelector("form.logout button")).click();
        wait.until(d -> d.getCurrentUrl().contains("/login"));

        logIn(reviewerName);
        open("/staff/reports/" + reportId);
        assertThat(driver.findElement(By.id("changes-heading")).getText()).contains("上次退回时");
        List<String> changed = driver.findElements(By.cssSelector("table.changed-cells tbody tr")).stream()
                .map(WebElement::getText).toList();
        assertThat(changed).anySatisfy(t -> assertThat(t).contains("行政复议", "结果维持", "0", "4"));
        Browser.screenshot(driver, "safety-05-reviewer-diff");
    }

    @Test
    void theEditorWithdrawsASubmissionBeforeReview() {
        tx.executeWithoutResult(s -> {
            Report report = reports.findById(reportId).orElseThrow();
            report.submit(List.of(), Map.of(), java.time.Instant.now());
        });
        logIn();
        open("/staff/reports/" + reportId);
        assertThat(driver.findElement(By.cssSelector(".meta .status")).getText()).isEqualTo("待审核");
        driver.findElement(By.cssSelector("form.withdraw button")).click();
        wait.until(d -> d.findElement(By.cssSelector(".meta .status")).getText().equals("草稿"));
        assertThat(driver.findElement(By.cssSelector(".alert.success")).getText()).contains("已撤回");
        ReportStatus status = tx.execute(s -> reports.findById(reportId).orElseThrow().getStatus());
        assertThat(status).isEqualTo(ReportStatus.DRAFT);
    }
}
