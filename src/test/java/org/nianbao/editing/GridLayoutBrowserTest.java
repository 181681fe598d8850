package org.nianbao.editing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nianbao.Browser;
import org.nianbao.agency.Agency;
import org.nianbao.agency.AgencyKind;
import org.nianbao.agency.AgencyRepository;
import org.nianbao.report.Report;
import org.nianbao.report.ReportRepository;
import org.nianbao.security.AppUser;
import org.nianbao.security.AppUserRepository;
import org.nianbao.security.Role;
import org.nianbao.statutory.Cell;
import org.nianbao.statutory.Edition;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Wait;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The editor's grids on a 1280 × 800 screen in a real browser: every table of both editions fits, or scrolls inside
 * its own frame with its row labels fixed; error text is readable; a cell reached through a finding's link is not
 * under the sticky header; each header's help opens and can be read. Each test uses reports of its own agency.
 */
@AutoConfigureMockMvc
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GridLayoutBrowserTest {

    private static final List<String> TABLES = List.of("proactive", "applications", "review_litigation");

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
    long report2019;
    long report2021;

    @BeforeEach
    void start() {
        String code = "i11g-" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
        username = "editor." + code;
        tx.executeWithoutResult(s -> {
            Agency agency = agencies.save(new Agency(code, "测试乡" + code + "人民政府", AgencyKind.TOWNSHIP,
                    agencies.findByCode("songxian").orElseThrow()));
            AppUser user = new AppUser(username, "测试填报人", passwords.encode("demo"));
            user.grant(Role.EDITOR, agency);
            users.save(user);
            report2019 = reports.save(new Report(agency, Edition.E2019.lastYear())).getId();
            report2021 = reports.save(new Report(agency, Edition.E2021.firstYear() + 1)).getId();
        });
        driver = Browser.start();
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 1280, "height", 800, "deviceScaleFactor", 1, "mobile", false));
        wait = new WebDriverWait(driver, Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class);
        driver.get("http://localhost:" + port + "/login");
        Browser.signIn(driver, username, "demo");
        wait.until(d -> d.getCurrentUrl().endsWith("/staff"));
    }

    @AfterEach
    void stop() {
        if (driver != null) {
            driver.quit();
        }
    }

    private void open(long reportId, String table) {
        openPage(reportId, table);
        wait.until(d -> !d.findElements(By.cssSelector(".grid-scroll table.grid")).isEmpty());
    }

    private void openPage(long reportId, String section) {
        driver.get("http://localhost:" + port + "/staff/reports/" + reportId + "/sections/" + section);
    }

    private Object js(String script, Object... args) {
        return driver.executeScript(script, args);
    }

    private double number(String script, Object... args) {
        return ((Number) js(script, args)).doubleValue();
    }

    private void viewport(int width) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", 800, "deviceScaleFactor", 1, "mobile", false));
    }

    /**
     * At 1280 px, and at 1024 px where the widest tables no longer fit (so that the frame's own scrolling, with the
     * row labels fixed, is exercised too). 表四 has no row labels: its rows are printed as header groups.
     */
    @Test
    void everyTableFitsOrScrollsInItsFrameWithTheRowLabelsFixed() {
        int scrolled = 0;
        for (int width : List.of(1280, 1024)) {
            viewport(width);
            scrolled += tablesFitOrScroll(width);
        }
        assertThat(scrolled).as("tables that scrolled in their frame at 1024 px").isPositive();
    }

    private int tablesFitOrScroll(int width) {
        int scrolled = 0;
        for (long reportId : List.of(report2019, report2021)) {
            for (String table : TABLES) {
                open(reportId, table);
                String what = width + "px " + (reportId == report2019 ? "2019年版 " : "2021年版 ") + table;
                WebElement frame = driver.findElement(By.cssSelector(".grid-scroll"));
                assertThat(number("return document.documentElement.scrollWidth")).as(what + ": the page itself")
                        .isLessThanOrEqualTo(number("return window.innerWidth"));
                double tableWidth = number("return arguments[0].querySelector('table').getBoundingClientRect().width",
                        frame);
                double clientWidth = number("return arguments[0].clientWidth", frame);
                double scrollWidth = number("return arguments[0].scrollWidth", frame);
                if (tableWidth <= clientWidth + 0.5) {
                    assertThat(scrollWidth).as(what + ": fits, so nothing to scroll").isLessThanOrEqualTo(clientWidth + 1);
                } else {
                    assertThat(scrollWidth).as(what + ": scrolls inside its frame").isGreaterThan(clientWidth);
                    scrolled++;
                    js("arguments[0].scrollIntoView(); arguments[0].scrollLeft = arguments[0].scrollWidth", frame);
                    Browser.screenshot(driver, "grid-" + what.replace(' ', '-') + "-scrolled");
                    if (!table.equals("review_litigation")) {
                        @SuppressWarnings("unchecked")
                        Map<String, Number> box = (Map<String, Number>) js("""
                                var frame = arguments[0].getBoundingClientRect();
                                var rows = arguments[0].querySelectorAll('tbody tr');
                                var label = Array.prototype.find.call(rows, function (tr) {
                                  return tr.querySelector('td.value') && tr.querySelector('th'); }).querySelector('th');
                                var r = label.getBoundingClientRect();
                                return {frameLeft: frame.left, frameRight: frame.right, left: r.left, right: r.right,
                                        scrolled: arguments[0].scrollLeft};""", frame);
                        assertThat(box.get("scrolled").doubleValue()).as(what + ": scrolled").isPositive();
                        assertThat(box.get("left").doubleValue()).as(what + ": the row label stays at the left")
                                .isBetween(box.get("frameLeft").doubleValue() - 1, box.get("frameLeft").doubleValue() + 40);
                        assertThat(box.get("right").doubleValue()).as(what + ": the row label is visible")
                                .isLessThan(box.get("frameRight").doubleValue());
                    }
                }
                // the last column can be reached and read: at the right end, the last cell ends inside the frame
                js("arguments[0].scrollLeft = arguments[0].scrollWidth", frame);
                double lastRight = number("var tds = arguments[0].querySelectorAll('td.value');"
                        + "return tds[tds.length - 1].getBoundingClientRect().right", frame);
                assertThat(lastRight).as(what + ": the last column is not cut off")
                        .isLessThanOrEqualTo(number("return arguments[0].getBoundingClientRect().right", frame) + 1);
            }
        }
        return scrolled;
    }

    @Test
    void errorTextBesideAnInvalidCellIsReadable() {
        for (String[] at : new String[][] {{"review_litigation", "cell-review_litigation-suit_after_review-pending"},
                {"applications", "cell-applications-carried_out-other_org"},
                {"proactive", "cell-proactive-fees-amount"}}) {
            open(report2021, at[0]);
            WebElement form = driver.findElement(By.cssSelector("form.section-form"));
            driver.findElement(By.cssSelector("#" + at[1] + " input")).sendKeys("十二个");
            form.findElement(By.cssSelector("button[type=submit]")).click();
            wait.until(ExpectedConditions.stalenessOf(form));
            WebElement error = wait.until(d -> d.findElement(By.cssSelector("#" + at[1] + " .field-error")));
            assertThat(error.getText()).as(at[0]).startsWith("请输入");
            @SuppressWarnings("unchecked")
            Map<String, Number> box = (Map<String, Number>) js("""
                    var e = arguments[0], r = e.getBoundingClientRect(), td = e.closest('td').getBoundingClientRect();
                    var line = parseFloat(getComputedStyle(e).lineHeight);
                    var range = document.createRange(); range.selectNodeContents(e);
                    return {height: r.height, width: r.width, line: line, lines: range.getClientRects().length,
                            left: r.left, right: r.right, tdLeft: td.left, tdRight: td.right,
                            clipped: e.scrollWidth - e.clientWidth};""", error);
            Browser.screenshot(driver, "grid-1280-error-" + at[0]);
            assertThat(box.get("height").doubleValue()).as(at[0] + ": fewer than three lines")
                    .isLessThan(3 * box.get("line").doubleValue());
            assertThat(box.get("width").doubleValue()).as(at[0] + ": not one character a line")
                    .isGreaterThan(6 * box.get("line").doubleValue() / 1.4);
            assertThat(box.get("clipped").doubleValue()).as(at[0] + ": not clipped").isLessThanOrEqualTo(0);
            assertThat(box.get("left").doubleValue()).as(at[0] + ": inside its cell")
                    .isGreaterThanOrEqualTo(box.get("tdLeft").doubleValue() - 1);
            assertThat(box.get("right").doubleValue()).isLessThanOrEqualTo(box.get("tdRight").doubleValue() + 1);
        }
    }

    @Test
    void aCellReachedThroughAFindingsLinkIsNotUnderTheStickyHeader() {
        open(report2021, "applications");
        WebElement link = driver.findElements(By.cssSelector(".findings a[href*='#cell-applications-']")).get(0);
        String id = link.getAttribute("href").substring(link.getAttribute("href").indexOf('#') + 1);
        WebElement frame = driver.findElement(By.cssSelector(".grid-scroll"));
        // the cell is out of sight: the frame scrolled to its other end
        js("var f = arguments[0], c = document.getElementById(arguments[1]);"
                + "f.scrollTop = c.offsetTop < f.scrollHeight / 2 ? f.scrollHeight : 0;", frame, id);
        link.click();
        wait.until(d -> id.equals(js("var a = document.activeElement.closest('td'); return a && a.id;")));
        @SuppressWarnings("unchecked")
        Map<String, Number> box = (Map<String, Number>) js("""
                var input = document.activeElement.getBoundingClientRect();
                var head = document.querySelector('.grid-scroll thead').getBoundingClientRect();
                var frame = document.querySelector('.grid-scroll').getBoundingClientRect();
                return {top: input.top, bottom: input.bottom, headBottom: head.bottom, frameBottom: frame.bottom,
                        viewport: window.innerHeight};""");
        Browser.screenshot(driver, "grid-1280-finding-link");
        assertThat(box.get("top").doubleValue()).as("below the sticky header")
                .isGreaterThanOrEqualTo(box.get("headBottom").doubleValue() - 1);
        assertThat(box.get("bottom").doubleValue()).as("inside the frame")
                .isLessThanOrEqualTo(box.get("frameBottom").doubleValue() + 1);
        assertThat(box.get("bottom").doubleValue()).as("on the screen")
                .isLessThanOrEqualTo(box.get("viewport").doubleValue());
    }

    @Test
    void aHeadersHelpOpensBesideItAndCanBeRead() {
        open(report2021, "applications");
        String declared = Edition.E2021.help().row("applications", "partly_granted");
        WebElement row = driver.findElements(By.cssSelector("table.grid tbody th")).stream()
                .filter(th -> th.findElement(By.cssSelector(".header-label")).getText().startsWith("（二）部分公开"))
                .findFirst().orElseThrow();
        WebElement text = row.findElement(By.cssSelector(".help-text"));
        assertThat(text.isDisplayed()).as("closed at first").isFalse();
        row.findElement(By.cssSelector("details.header-help summary")).click();
        wait.until(d -> text.isDisplayed());
        assertThat(text.getText()).isEqualTo(declared);
        assertOnTop(text);
        Browser.screenshot(driver, "grid-1280-help-row");

        WebElement column = driver.findElements(By.cssSelector("table.grid thead th")).stream()
                .filter(th -> th.findElements(By.cssSelector(".header-label")).stream()
                        .anyMatch(l -> l.getText().equals("法律服务机构")))
                .findFirst().orElseThrow();
        WebElement summary = column.findElement(By.cssSelector("summary"));
        summary.sendKeys(" "); // the keyboard opens it too
        WebElement columnText = column.findElement(By.cssSelector(".help-text"));
        wait.until(d -> columnText.isDisplayed());
        assertThat(columnText.getText()).isEqualTo(Edition.E2021.help().column("applications", "legal_services"));
        assertOnTop(columnText);
        assertThat(summary.getAttribute("aria-label")).isEqualTo("“法律服务机构”的含义");
    }

    private String active() {
        return driver.switchTo().activeElement().getAttribute("name");
    }

    private WebElement input(String cellId) {
        return driver.findElement(By.cssSelector("#" + cellId + " input"));
    }

    @Test
    void gridKeysMoveAlikeInTablesThreeAndFour() {
        open(report2021, "applications");
        WebElement received = input("cell-applications-received-natural_person");
        received.click();
        received.sendKeys("3", Keys.ENTER);
        assertThat(active()).isEqualTo("applications.carried_in.natural_person");
        driver.switchTo().activeElement().sendKeys(Keys.chord(Keys.SHIFT, Keys.ENTER));
        assertThat(active()).isEqualTo("applications.received.natural_person");
        driver.switchTo().activeElement().sendKeys(Keys.END, Keys.ARROW_RIGHT);
        assertThat(active()).as("an arrow at the end of the text leaves the cell").isEqualTo("applications.received.commercial");
        driver.switchTo().activeElement().sendKeys(Keys.ARROW_LEFT);
        assertThat(active()).as("the empty cell's caret is at its start").isEqualTo("applications.received.natural_person");
        assertThat(received.getAttribute("value")).isEqualTo("3");
        WebElement lastLeaf = input("cell-applications-other_other-natural_person");
        lastLeaf.click();
        lastLeaf.sendKeys(Keys.ENTER);
        assertThat(active()).as("the derived （七）总计 is skipped").isEqualTo("applications.carried_out.natural_person");

        open(report2021, "review_litigation");
        WebElement upheld = input("cell-review_litigation-review-upheld");
        String page = driver.getCurrentUrl();
        upheld.click();
        upheld.sendKeys("1", Keys.ENTER);
        assertThat(active()).as("表四 is one printed line: Enter moves along it").isEqualTo(
                "review_litigation.review.corrected");
        driver.switchTo().activeElement().sendKeys("2");
        assertThat(driver.getCurrentUrl()).as("Enter does not send the form").isEqualTo(page);
        assertThat(upheld.getAttribute("value")).as("nothing appended after Enter").isEqualTo("1");
        assertThat(input("cell-review_litigation-review-corrected").getAttribute("value")).isEqualTo("2");
        driver.switchTo().activeElement().sendKeys(Keys.chord(Keys.SHIFT, Keys.ENTER));
        assertThat(active()).isEqualTo("review_litigation.review.upheld");
        driver.switchTo().activeElement().sendKeys(Keys.END, Keys.ARROW_RIGHT);
        assertThat(active()).isEqualTo("review_litigation.review.corrected");
    }

    @Test
    void aCellTypedWrongIsOutlinedWithAnIconAndAnnounced() {
        tx.executeWithoutResult(s -> { // 表四 filled in, so that no finding flags its cells
            Report report = reports.findById(report2021).orElseThrow();
            Map<Cell, BigDecimal> zeros = new HashMap<>();
            Edition.E2021.table("review_litigation").orElseThrow().cells().forEach(c -> zeros.put(c, BigDecimal.ZERO));
            report.replaceContent(report.content().withValues(zeros), java.time.Instant.parse("2026-01-01T00:00:00Z"));
        });
        open(report2021, "review_litigation");
        WebElement upheld = input("cell-review_litigation-suit_direct-pending");
        upheld.sendKeys("两件");
        WebElement cell = driver.findElement(By.id("cell-review_litigation-suit_direct-pending"));
        wait.until(d -> cell.getAttribute("class").contains("live-error"));
        assertThat(cell.getCssValue("outline-style")).isNotEqualTo("none");
        assertThat(js("return getComputedStyle(arguments[0], '::before').content", cell)).asString().contains("✖");
        assertThat(upheld.getAttribute("aria-invalid")).isEqualTo("true");
        String hint = String.valueOf(js("return arguments[0].getAttribute('aria-describedby').split(' ')"
                + ".map(function (id) { return document.getElementById(id).textContent; }).join(' ')", upheld));
        assertThat(hint).contains("请输入不小于 0 的整数");
        assertThat(cell.getAttribute("class")).as("no finding flags it").doesNotContain("flag-error");
        upheld.sendKeys(Keys.chord(Keys.CONTROL, "a"), "2");
        wait.until(d -> !cell.getAttribute("class").contains("live-error"));
        assertThat(upheld.getAttribute("aria-invalid")).isNull();
        assertThat(cell.getCssValue("outline-style")).isEqualTo("none");
    }

    /**
     * The question itself is the browser's (WebDriver answers it on its own); what is checked is that the page asks
     * for it: its {@code beforeunload} is cancelled while typing is unsaved, and not once nothing is.
     */
    @Test
    void leavingThePageWithUnsavedTypingAsksFirst() {
        openPage(report2021, "overview");
        String leave = "var e = new Event('beforeunload', {cancelable: true}); window.dispatchEvent(e);"
                + "return e.defaultPrevented;";
        wait.until(d -> !d.findElements(By.id("text")).isEmpty());
        assertThat(js(leave)).as("nothing typed: leaves without asking").isEqualTo(false);
        // the autosave cannot reach the server, so the typing stays unsaved
        driver.executeScript("window.fetch = function () { return Promise.reject(new Error('offline')); };");
        driver.findElement(By.id("text")).sendKeys("还没有保存的总体情况。");
        assertThat(js(leave)).as("unsaved typing: asks first").isEqualTo(true);
    }

    /** Nothing covers the help text: the element at its middle is the text itself. */
    private void assertOnTop(WebElement text) {
        Object onTop = js("""
                var e = arguments[0]; e.scrollIntoView({block: 'nearest', inline: 'nearest'});
                var r = e.getBoundingClientRect();
                var hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
                return hit === e || e.contains(hit) ? 'on top'
                        : (hit ? hit.outerHTML.substring(0, 200) : 'nothing') + ' at ' + JSON.stringify(r);""", text);
        assertThat(onTop).as("the help text is not covered").isEqualTo("on top");
    }
}
