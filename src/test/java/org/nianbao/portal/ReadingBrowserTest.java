package org.nianbao.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nianbao.Browser;
import org.nianbao.PortalTest;
import org.nianbao.agency.AgencyRepository;
import org.nianbao.publishing.Publisher;
import org.nianbao.report.ReportRepository;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Published records in a real headless Chromium: every link of every revision page downloads the file whose
 * fingerprint it shows (and {@code sha256sum -c} accepts the page's checksum list); on a 375 px phone the statutory
 * tables keep their row labels beside the figures, with a hint where they scroll, and agency names stay whole;
 * printed, the page has no site header; the 关怀版 enlarges every text; axe finds nothing on the new pages.
 */
@PortalTest
class ReadingBrowserTest {

    static final String CODE = "i12-browser";
    static final String BASE = "/reports/" + CODE + "/2022";
    private static final int PHONE = 375;
    private static ChromeDriver driver;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    AgencyRepository agencies;

    @Autowired
    ReportRepository reports;

    @Autowired
    Publisher publisher;

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
    void publishAndCorrect() {
        CorrectedReports.ensure(CODE, "浏览器测试镇人民政府", agencies, reports, publisher, tx);
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        driver.get(url("/"));
        driver.manage().deleteAllCookies();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private HttpResponse<byte[]> fetch(String path) throws Exception {
        HttpResponse<byte[]> response = HTTP.send(HttpRequest.newBuilder(URI.create(url(path))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response;
    }

    /** A download shown on a page: where its link points and the fingerprint printed beside it. */
    record Shown(String href, String sha256) {
    }

    private List<Shown> downloadsOn(String path) {
        driver.get(url(path));
        List<Shown> shown = new ArrayList<>();
        for (WebElement item : driver.findElements(By.cssSelector(".download-list li"))) {
            shown.add(new Shown(URI.create(item.findElement(By.tagName("a")).getAttribute("href")).getPath(),
                    item.findElement(By.cssSelector(".fingerprint code")).getText()));
        }
        return shown;
    }

    @Test
    void everyLinkOfEveryRevisionPageDownloadsTheFileWhoseFingerprintItShows() throws Exception {
        for (String page : List.of(BASE, BASE + "/revisions/1", BASE + "/revisions/2")) {
            String own = page.equals(BASE) ? BASE + "." : page + ".";
            List<Shown> shown = downloadsOn(page);
            assertThat(shown).extracting(Shown::href).as(page + " links only its own files")
                    .containsExactly(own + "pdf", own + "docx", own + "json", own + "csv");
            for (Shown file : shown) {
                assertThat(Publisher.sha256(fetch(file.href()).body())).as(file.href()).isEqualTo(file.sha256());
            }
        }
        assertThat(downloadsOn(BASE)).extracting(Shown::sha256).as("the latest page shows revision 2's files")
                .isEqualTo(downloadsOn(BASE + "/revisions/2").stream().map(Shown::sha256).toList());
        assertThat(downloadsOn(BASE + "/revisions/1")).extracting(Shown::sha256)
                .doesNotContainAnyElementsOf(downloadsOn(BASE + "/revisions/2").stream().map(Shown::sha256).toList());
    }

    @Test
    void aFolderOfDownloadsPassesSha256sumCheck() throws Exception {
        for (String page : List.of(BASE + "/revisions/1", BASE)) {
            Path folder = Files.createTempDirectory("downloads");
            List<Shown> shown = downloadsOn(page);
            String sumsHref = URI.create(driver.findElement(By.cssSelector("a.sums")).getAttribute("href")).getPath();
            String sums = new String(fetch(sumsHref).body(), StandardCharsets.UTF_8);
            for (Shown file : shown) {
                HttpResponse<byte[]> download = fetch(file.href());
                Matcher name = Pattern.compile("filename=\"([^\"]+)\"")
                        .matcher(download.headers().firstValue("content-disposition").orElseThrow());
                assertThat(name.find()).as(file.href()).isTrue();
                Files.write(folder.resolve(name.group(1)), download.body());
                assertThat(sums).as("SHA256SUMS of " + page).contains(file.sha256() + "  " + name.group(1) + "\n");
            }
            assertThat(sums.lines()).hasSize(4);
            Files.writeString(folder.resolve("SHA256SUMS"), sums);
            if (Files.isExecutable(Path.of("/usr/bin/sha256sum"))) {
                Process check = new ProcessBuilder("/usr/bin/sha256sum", "-c", "SHA256SUMS").directory(folder.toFile())
                        .redirectErrorStream(true).start();
                assertThat(check.waitFor(30, TimeUnit.SECONDS)).isTrue();
                String said = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertThat(check.exitValue()).as(said).isZero();
                assertThat(said.lines().filter(l -> l.endsWith(": OK"))).hasSize(4);
            }
        }
    }

    @Test
    void onAPhoneTheRowLabelsOfTableThreeStayBesideTheFiguresAndAHintSaysItScrolls() {
        Browser.emulatePhone(driver, PHONE);
        driver.get(url("/reports/songxian-luhun/2021"));
        WebElement box = driver.findElement(By.cssSelector("#applications .table-scroll"));
        WebElement hint = driver.findElement(By.cssSelector("#applications .scroll-hint"));
        assertThat(hint.isDisplayed()).isTrue();
        assertThat(hint.getText()).contains("左右滑动查看");
        assertThat((Long) driver.executeScript("return document.documentElement.scrollWidth")).isLessThanOrEqualTo(PHONE);

        driver.executeScript("arguments[0].scrollLeft = arguments[0].scrollWidth", box);
        WebElement total = driver.findElement(By.id("cell-applications-received-total"));
        WebElement label = total.findElement(By.xpath("./preceding-sibling::th[1]"));
        assertThat(label.getText()).contains("本年新收政府信息公开申请数量");
        Map<?, ?> boxRect = rect(box);
        Map<?, ?> labelRect = rect(label);
        Map<?, ?> totalRect = rect(total);
        Browser.screenshot(driver, "phone-table-three-scrolled");
        assertThat(number(labelRect, "left")).as("the label stays at the left edge of the box")
                .isBetween(number(boxRect, "left") - 1, number(boxRect, "left") + 2);
        assertThat(number(labelRect, "width")).isGreaterThan(60);
        assertThat(number(totalRect, "left")).as("the last figure is beside the label, not under it")
                .isGreaterThanOrEqualTo(number(labelRect, "right") - 1);
        assertThat(number(totalRect, "right")).isLessThanOrEqualTo(number(boxRect, "right") + 1);

        driver.get(url("/reports/songxian-luhun/2021"));
        for (WebElement box2 : driver.findElements(By.cssSelector(".table-scroll"))) {
            boolean scrolls = (Boolean) driver.executeScript(
                    "return arguments[0].scrollWidth > arguments[0].clientWidth + 1", box2);
            if (scrolls) {
                WebElement before = (WebElement) driver.executeScript(
                        "return arguments[0].previousElementSibling", box2);
                assertThat(before.getAttribute("class")).contains("scroll-hint");
                assertThat(before.isDisplayed()).isTrue();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/agencies/songxian-luhun", "/timeliness/songxian/2022", "/agencies/" + CODE, BASE,
            BASE + "/revisions/1", "/login"})
    void onAPhoneListsFitAndAgencyNamesStayWhole(String path) {
        Browser.emulatePhone(driver, PHONE);
        driver.get(url(path));
        Browser.screenshot(driver, "phone-cards" + path.replace('/', '_'));
        assertThat((Long) driver.executeScript("return document.documentElement.scrollWidth")).as(path)
                .isLessThanOrEqualTo(PHONE);
        for (WebElement cell : driver.findElements(By.cssSelector("table.cards td, table.cards th"))) {
            assertThat(number(rect(cell), "right")).as(path + " " + cell.getText()).isLessThanOrEqualTo(PHONE);
        }
        for (WebElement name : driver.findElements(By.cssSelector("table.cards .agency-name"))) {
            double fontSize = Double.parseDouble(name.getCssValue("font-size").replace("px", ""));
            assertThat(number(rect(name), "width")).as(name.getText() + " is not one character a line")
                    .isGreaterThan(4 * fontSize);
        }
    }

    @Test
    void printedTheReportHasNoSiteHeaderSearchOrNavigationButItsAddressAndDate() {
        driver.get(url("/reports/songxian-luhun/2021"));
        WebElement print = driver.findElement(By.cssSelector(".print-button"));
        assertThat(print.isDisplayed()).as("the 打印 button on screen").isTrue();
        assertThat(print.getText()).isEqualTo("打印");
        assertThat(driver.findElement(By.cssSelector("footer .print-info")).isDisplayed()).isFalse();

        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        assertThat(driver.findElement(By.cssSelector("header.site")).isDisplayed()).isFalse();
        assertThat(driver.findElement(By.cssSelector(".site-search")).isDisplayed()).isFalse();
        assertThat(driver.findElement(By.cssSelector(".print-button")).isDisplayed()).isFalse();
        assertThat(driver.findElement(By.cssSelector(".downloads")).isDisplayed()).isFalse();
        assertThat(driver.findElement(By.cssSelector("h1")).isDisplayed()).isTrue();
        assertThat(driver.findElement(By.cssSelector("#applications table")).isDisplayed()).isTrue();
        assertThat(driver.findElement(By.cssSelector("#applications tbody tr")).getCssValue("break-inside"))
                .isEqualTo("avoid");
        WebElement footer = driver.findElement(By.cssSelector("footer .print-info"));
        assertThat(footer.isDisplayed()).isTrue();
        assertThat(footer.getText()).contains(url("/reports/songxian-luhun/2021")).contains("打印日期：");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/reports/songxian-luhun/2021", "/", "/agencies/songxian-luhun", BASE})
    void theCareVersionEnlargesEveryText(String path) {
        driver.manage().addCookie(new Cookie("care", "1"));
        driver.get(url(path));
        @SuppressWarnings("unchecked")
        List<String> small = (List<String>) driver.executeScript("""
                var small = [];
                document.querySelectorAll('body *').forEach(function (e) {
                  if (e.closest('svg') || e.offsetWidth <= 1 || e.offsetHeight <= 1) { return; }
                  var own = Array.from(e.childNodes).some(function (n) {
                    return n.nodeType === 3 && n.textContent.trim().length > 0; });
                  var size = parseFloat(getComputedStyle(e).fontSize);
                  if (own && size < 18) { small.push(e.tagName + '.' + e.className + ' ' + size + 'px: '
                      + e.textContent.trim().substring(0, 20)); }
                });
                return small;""");
        assertThat(small).as(path).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {BASE, BASE + "/revisions/1", "/agencies/" + CODE, "/login", "/timeliness/songxian/2022"})
    void newPagesHaveNoAxeViolations(String path) {
        for (boolean phone : List.of(false, true)) {
            if (phone) {
                Browser.emulatePhone(driver, PHONE);
            }
            driver.get(url(path));
            Results results = new AxeBuilder().analyze(driver);
            assertThat(results.getViolations()).as(path + (phone ? " (phone)" : "") + "\n" + results.getViolations()
                    .stream().map(r -> r.getId() + ": " + r.getNodes().stream().map(n -> n.getTarget().toString())
                            .collect(Collectors.joining("; "))).collect(Collectors.joining("\n"))).isEmpty();
        }
    }

    @Test
    void theAgencyPageListsEveryCorrectionAndTheFooterLetsStaffSignIn() {
        driver.get(url("/agencies/" + CODE));
        List<WebElement> corrections = driver.findElements(By.cssSelector(".correction-list li"));
        assertThat(corrections).hasSize(1);
        assertThat(corrections.get(0).getText()).contains("2022 年度报告第 2 版").contains("2023年3月1日")
                .contains(CorrectedReports.NOTE);
        corrections.get(0).findElement(By.tagName("a")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.urlToBe(url(BASE + "/revisions/2")));
        driver.findElement(By.linkText("工作人员登录")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlToBe(url("/login")));
        assertThat(driver.findElement(By.cssSelector("section.login")).getCssValue("border-top-width"))
                .isEqualTo("4px");
    }

    private Map<?, ?> rect(WebElement element) {
        return (Map<?, ?>) driver.executeScript("var r = arguments[0].getBoundingClientRect();"
                + "return {left: r.left, right: r.right, width: r.width};", element);
    }

    private static double number(Map<?, ?> rect, String key) {
        return ((Number) rect.get(key)).doubleValue();
    }
}
