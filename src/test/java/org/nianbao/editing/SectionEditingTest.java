package org.nianbao.editing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nianbao.PortalTest;
import org.nianbao.agency.AgencyRepository;
import org.nianbao.audit.AuditEvent;
import org.nianbao.audit.AuditKind;
import org.nianbao.audit.AuditLog;
import org.nianbao.report.Report;
import org.nianbao.report.ReportRepository;
import org.nianbao.security.Role;
import org.nianbao.security.Staff;
import org.nianbao.statutory.ReportContent;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

/** Editing a section: binding, Chinese messages beside the cells, typed text kept, nothing saved on bad input. */
@PortalTest
@Transactional // every test's reports are rolled back
class SectionEditingTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AgencyRepository agencies;

    @Autowired
    ReportRepository reports;

    @Autowired
    AuditLog auditLog;

    Staff editor;

    @BeforeEach
    void signIn() {
        editor = StaffFixtures.staff("test.editor.checun", Role.EDITOR, agencies.findByCode("songxian-checun").orElseThrow());
    }

    long create(Staff staff, String agency, int year) throws Exception {
        String location = mvc.perform(post("/staff/reports").with(user(staff)).with(csrf())
                .param("agency", agency).param("year", String.valueOf(year)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    Document page(MockHttpServletRequestBuilder request, int expected) throws Exception {
        String html = mvc.perform(request.with(user(editor)).with(csrf())).andExpect(status().is(expected))
                .andReturn().getResponse().getContentAsString();
        return Jsoup.parse(html);
    }

    ReportContent saved(long id) {
        return reports.findById(id).orElseThrow().content();
    }

    long version(long id) {
        return reports.findById(id).orElseThrow().getVersion();
    }

    @Test
    void dashboardListsMyAgencysReportsWithTheirDeadline() throws Exception {
        Document doc = page(get("/staff"), 200);
        assertThat(doc.select("table.list tbody tr").eachText()).anySatisfy(line -> assertThat(line)
                .contains("车村镇人民政府", "未创建", "1月31日"));
        assertThat(doc.select("select#agency option").eachAttr("value")).containsExactly("songxian-checun");
    }

    @Test
    void aYearWithoutAnEditionIsRefusedBesideTheField() throws Exception {
        Document doc = page(post("/staff/reports").param("agency", "songxian-checun").param("year", "2018"), 422);
        assertThat(doc.select("#year-error").text()).isEqualTo("2018 年没有适用的年度报告格式（年度报告自 2019 年起适用）");
        assertThat(doc.select("#year").val()).isEqualTo("2018");
    }

    @Test
    void aSecondReportForTheSameYearIsRefused() throws Exception {
        create(editor, "songxian-checun", 2022);
        Document doc = page(post("/staff/reports").param("agency", "songxian-checun").param("year", "2022"), 422);
        assertThat(doc.select("#year-error").text()).isEqualTo("车村镇人民政府2022 年的年度报告已经存在，请在下方列表中打开它");
    }

    @Test
    void badInputGetsAChineseMessageBesideTheCellKeepsTheTypedTextAndSavesNothing() throws Exception {
        long id = create(editor, "songxian-checun", 2022);
        long version = version(id);
        int events = auditLog.forReport(id).size();
        Document doc = page(post("/staff/reports/" + id + "/sections/applications")
                .param("applications.received.natural_person", "5")
                .param("applications.received.commercial", "abc")
                .param("applications.received.research", "-1")
                .param("applications.received.public_interest", "123456789012345678901234567890")
                .param("applications.received.legal_services", "2.5"), 422);
        assertThat(doc.select("#cell-applications-received-commercial .field-error").text())
                .isEqualTo("请输入不小于 0 的整数");
        assertThat(doc.select("#cell-applications-received-research .field-error").text())
                .isEqualTo("请输入不小于 0 的整数");
        assertThat(doc.select("#cell-applications-received-legal_services .field-error").text())
                .isEqualTo("请输入不小于 0 的整数");
        assertThat(doc.select("#cell-applications-received-public_interest .field-error").text())
                .isEqualTo("数字过大，请检查是否多输了数字");
        assertThat(doc.select("input[name=applications.received.commercial]").val()).isEqualTo("abc");
        assertThat(doc.select("input[name=applications.received.public_interest]").val())
                .isEqualTo("123456789012345678901234567890");
        assertThat(doc.select("input[name=applications.received.natural_person]").val()).isEqualTo("5");
        assertThat(doc.select("input[name=applications.received.commercial]").attr("aria-invalid")).isEqualTo("true");
        assertThat(saved(id).value("applications", "received", "natural_person")).as("nothing saved").isNull();
        assertThat(version(id)).isEqualTo(version);
        assertThat(auditLog.forReport(id)).hasSize(events);
    }

    @Test
    void amountsTakeSixDecimalsAndSignedCountsDoNotApplyToThe2021Edition() throws Exception {
        long id = create(editor, "songxian-checun", 2022);
        Document doc = page(post("/staff/reports/" + id + "/sections/proactive")
                .param("proactive.fees.amount", "1.1234567").param("proactive.licensing.decisions", "-3"), 422);
        assertThat(doc.select("#cell-proactive-fees-amount .field-error").text()).isEqualTo("金额最多保留 6 位小数");
        assertThat(doc.select("#cell-proactive-licensing-decisions .field-error").text()).isEqualTo("请输入不小于 0 的整数");

        page(post("/staff/reports/" + id + "/sections/proactive")
                .param("proactive.fees.amount", "1.123456").param("proactive.licensing.decisions", "３"), 302);
        assertThat(saved(id).value("proactive", "fees", "amount")).isEqualByComparingTo("1.123456");
        assertThat(saved(id).value("proactive", "licensing", "decisions")).isEqualByComparingTo("3");
    }

    @Test
    void savingComputesTotalsKeepsBlanksBlankAndRecordsEveryCellInTheAuditLog() throws Exception {
        long id = create(editor, "songxian-checun", 2022);
        page(post("/staff/reports/" + id + "/sections/review_litigation")
                .param("review_litigation.review.upheld", "1").param("review_litigation.review.corrected", "2")
                .param("review_litigation.review.other", "0").param("review_litigation.review.pending", "4")
                .param("review_litigation.review.total", "999") // a total is never typed: ignored
                .param("review_litigation.suit_direct.upheld", ""), 302);
        ReportContent content = saved(id);
        assertThat(content.value("review_litigation", "review", "total")).isEqualByComparingTo("7");
        assertThat(content.value("review_litigation", "suit_direct", "upheld")).as("blank is not 0").isNull();
        assertThat(content.value("review_litigation", "suit_direct", "total")).isNull();
        List<AuditEvent> cells = auditLog.forReport(id).stream().filter(e -> e.getKind() == AuditKind.CELL).toList();
        assertThat(cells).extracting(AuditEvent::getTarget, AuditEvent::getOldValue, AuditEvent::getNewValue)
                .contains(org.assertj.core.groups.Tuple.tuple("review_litigation.review.upheld", null, "1"),
                        org.assertj.core.groups.Tuple.tuple("review_litigation.review.total", null, "7"));
        assertThat(cells).allSatisfy(e -> assertThat(e.getUsername()).isEqualTo("test.editor.checun"));

        page(post("/staff/reports/" + id + "/sections/review_litigation")
                .param("review_litigation.review.upheld", "3").param("review_litigation.review.corrected", "2")
                .param("review_litigation.review.other", "0").param("review_litigation.review.pending", "4"), 302);
        assertThat(auditLog.forReport(id)).filteredOn(e -> e.getKind() == AuditKind.CELL)
                .extracting(AuditEvent::getTarget, AuditEvent::getOldValue, AuditEvent::getNewValue)
                .contains(org.assertj.core.groups.Tuple.tuple("review_litigation.review.upheld", "1", "3"),
                        org.assertj.core.groups.Tuple.tuple("review_litigation.review.total", "7", "9"));
    }

    @Test
    void findingsAreShownBesideTheirCellsAndSummarisedWithLinks() throws Exception {
        long id = create(editor, "songxian-checun", 2022);
        page(post("/staff/reports/" + id + "/sections/review_litigation")
                .param("review_litigation.review.upheld", "1"), 302);
        Document doc = page(get("/staff/reports/" + id + "/sections/review_litigation"), 200);
        assertThat(doc.select("#cell-review_litigation-review-corrected").hasClass("flag-error")).isTrue();
        assertThat(doc.select("#cell-review_litigation-review-corrected").attr("title")).contains("B1");
        assertThat(doc.select(".findings a").eachAttr("href"))
                .contains("/staff/reports/" + id + "/sections/review_litigation#cell-review_litigation-review-corrected");
        assertThat(doc.select("#cell-review_litigation-review-total output").attr("data-parts"))
                .isEqualTo("review_litigation.review.upheld review_litigation.review.corrected "
                        + "review_litigation.review.other review_litigation.review.pending");
    }

    @Test
    void proseIsLimitedAndTheOverviewWarnsBeyondAThousandCharacters() throws Exception {
        long id = create(editor, "songxian-checun", 2022);
        Document refused = page(post("/staff/reports/" + id + "/sections/overview")
                .param("text", "字".repeat(20001)), 422);
        assertThat(refused.select("#text-error").text()).isEqualTo("正文不能超过 20000 字（现有 20001 字）");
        assertThat(saved(id).section("overview")).isEmpty();

        page(post("/staff/reports/" + id + "/sections/overview")
                .param("text", "字".repeat(1001)), 302);
        Document doc = page(get("/staff/reports/" + id + "/sections/overview"), 200);
        assertThat(doc.select(".findings li").eachText()).anySatisfy(t -> assertThat(t).contains("超过一千字", "T3"));
        assertThat(doc.select("textarea#text").attr("data-soft-limit")).isEqualTo("1000");
    }

    @Test
    void twoFormsSavingDifferentSectionsOrDifferentCellsBothSucceed() throws Exception {
        long id = create(editor, "songxian-checun", 2022);
        // both forms loaded the blank report
        page(post("/staff/reports/" + id + "/sections/overview").param("base.text", "").param("text", "第一段"), 302);
        page(post("/staff/reports/" + id + "/sections/problems").param("base.text", "").param("text", "第五段"), 302);
        page(post("/staff/reports/" + id + "/sections/review_litigation")
                .param("base.review_litigation.review.upheld", "").param("review_litigation.review.upheld", "1")
                .param("base.review_litigation.review.pending", "").param("review_litigation.review.pending", ""),
                302);
        page(post("/staff/reports/" + id + "/sections/review_litigation")
                .param("base.review_litigation.review.upheld", "").param("review_litigation.review.upheld", "")
                .param("base.review_litigation.review.pending", "").param("review_litigation.review.pending", "4"),
                302);
        ReportContent content = saved(id);
        assertThat(content.section("overview")).isEqualTo("第一段");
        assertThat(content.section("problems")).isEqualTo("第五段");
        assertThat(content.value("review_litigation", "review", "upheld")).as("the first tab's cell stays")
                .isEqualByComparingTo("1");
        assertThat(content.value("review_litigation", "review", "pending")).isEqualByComparingTo("4");
    }

    @Test
    void twoSavesOfTheSameCellToDifferentValuesConflictAndNothingOfTheSecondIsWritten() throws Exception {
        long id = create(editor, "songxian-checun", 2022);
        page(post("/staff/reports/" + id + "/sections/review_litigation")
                .param("base.review_litigation.review.upheld", "").param("review_litigation.review.upheld", "1"), 302);
        Document doc = page(post("/staff/reports/" + id + "/sections/review_litigation")
                .param("base.review_litigation.review.upheld", "").param("review_litigation.review.upheld", "5")
                .param("base.review_litigation.review.pending", "").param("review_litigation.review.pending", "2"),
                409);
        assertThat(doc.select("h1").text()).contains("保存冲突");
        assertThat(doc.select(".alert").text()).contains("test.editor.checun", "您这次的修改还没有保存");
        assertThat(doc.select("tr.differs")).hasSize(1);
        assertThat(doc.select("tr.differs").text()).contains("行政复议", "结果维持", "1", "5");
        assertThat(saved(id).value("review_litigation", "review", "upheld")).isEqualByComparingTo("1");
        assertThat(saved(id).value("review_litigation", "review", "pending")).as("nothing saved").isNull();

        // the resolving form carries the other typed cell with its base, and the conflicting one against theirs
        assertThat(doc.select("form.resolve input[name=review_litigation.review.pending]").val()).isEqualTo("2");
        assertThat(doc.select("form.resolve input[name=base.review_litigation.review.upheld]").val()).isEqualTo("1");
        assertThat(doc.select("form.resolve-theirs input[name=review_litigation.review.upheld]").val())
                .isEqualTo("1");
        var resolve = post("/staff/reports/" + id + "/sections/review_litigation");
        doc.select("form.resolve input[name]").forEach(i -> resolve.param(i.attr("name"), i.val()));
        page(resolve, 302);
        assertThat(saved(id).value("review_litigation", "review", "upheld")).as("my choice").isEqualByComparingTo("5");
        assertThat(saved(id).value("review_litigation", "review", "pending")).isEqualByComparingTo("2");
    }

    @Test
    void theSameProseChangedByTwoConflictsWithBothTextsAndTheirDiff() throws Exception {
        long id = create(editor, "songxian-checun", 2022);
        page(post("/staff/reports/" + id + "/sections/problems").param("base.text", "").param("text", "对方写的问题"), 302);
        Document prose = page(post("/staff/reports/" + id + "/sections/problems").param("base.text", "")
                .param("text", "我写的问题"), 409);
        assertThat(prose.select("textarea.theirs").text()).isEqualTo("对方写的问题");
        assertThat(prose.select("textarea.mine").text()).isEqualTo("我写的问题");
        assertThat(prose.select(".text-diff del").eachText()).containsExactly("对方");
        assertThat(prose.select(".text-diff ins").eachText()).containsExactly("我");
        assertThat(prose.select("form.resolve input[name=base.text]").val()).isEqualTo("对方写的问题");
        assertThat(saved(id).section("problems")).isEqualTo("对方写的问题");

        page(post("/staff/reports/" + id + "/sections/problems").param("base.text", "对方写的问题")
                .param("text", "对方写的问题；我写的问题"), 302);
        assertThat(saved(id).section("problems")).isEqualTo("对方写的问题；我写的问题");
    }

    @Test
    void carriedInIsFilledFromLastYearsCarriedOutAndLastYearsInForceIsShown() throws Exception {
        Staff luhun = StaffFixtures.staff("test.editor.luhun", Role.EDITOR,
                agencies.findByCode("songxian-luhun").orElseThrow());
        long id = create(luhun, "songxian-luhun", 2022);
        ReportContent last = reports.findLatestPublished("songxian-luhun", 2021).orElseThrow().content();
        for (String column : List.of("natural_person", "commercial", "research", "public_interest", "legal_services",
                "other_org", "total")) {
            BigDecimal out = last.value("applications", "carried_out", column);
            assertThat(saved(id).value("applications", "carried_in", column)).as(column).isEqualByComparingTo(out);
        }
        String html = mvc.perform(get("/staff/reports/" + id + "/sections/proactive").with(user(luhun)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String lastInForce = last.value("proactive", "normative_documents", "in_force").toBigInteger().toString();
        assertThat(Jsoup.parse(html).select("#cell-proactive-normative_documents-in_force .last-year").text())
                .isEqualTo("上年 " + lastInForce);
    }

    @Test
    void aNewReportCanStartFromLastYearsProseAndShowsLastYearsFigureBesideEveryCell() throws Exception {
        Staff luhun = StaffFixtures.staff("test.editor.luhun2", Role.EDITOR,
                agencies.findByCode("songxian-luhun").orElseThrow());
        String location = mvc.perform(post("/staff/reports").with(user(luhun)).with(csrf())
                .param("agency", "songxian-luhun").param("year", "2022").param("copyProse", "on"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        ReportContent last = reports.findLatestPublished("songxian-luhun", 2021).orElseThrow().content();
        assertThat(last.section("overview")).isNotEmpty();
        assertThat(saved(id).section("overview")).isEqualTo(last.section("overview"));
        assertThat(saved(id).section("other_matters")).isEqualTo(last.section("other_matters"));

        String html = mvc.perform(get("/staff/reports/" + id + "/sections/applications").with(user(luhun)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String received = last.value("applications", "received", "natural_person").toBigInteger().toString();
        assertThat(Jsoup.parse(html).select("#cell-applications-received-natural_person .last-year").text())
                .isEqualTo("上年 " + received);
    }

    @Test
    void theGridExplainsWhatItsRowsAndColumnsMean() throws Exception {
        long id = create(editor, "songxian-checun", 2022);
        Document doc = page(get("/staff/reports/" + id + "/sections/applications"), 200);
        assertThat(doc.select("details.table-help dt").eachText())
                .anySatisfy(t -> assertThat(t).contains("（二）部分公开"))
                .anySatisfy(t -> assertThat(t).isEqualTo("自然人"))
                .anySatisfy(t -> assertThat(t).contains("四、结转下年度继续办理"));
        assertThat(doc.select("details.table-help dd").eachText()).anySatisfy(t -> assertThat(t).contains("区分处理的"));
        assertThat(page(get("/staff/reports/" + id + "/sections/overview"), 200).select("details.table-help")).isEmpty();
    }

    @Test
    void everyRowLabelAndColumnHeaderOfTheGridOffersWhatItMeans() throws Exception {
        long id = create(editor, "songxian-checun", 2022);
        Document doc = page(get("/staff/reports/" + id + "/sections/applications"), 200);
        org.jsoup.nodes.Element partly = headerLabelled(doc, "tbody th", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）");
        assertThat(partly.select("details.header-help summary").attr("aria-label")).contains("部分公开").endsWith("的含义");
        assertThat(partly.select("details.header-help .help-text").text()).contains("同一申请中可以公开的部分予以提供");
        org.jsoup.nodes.Element natural = headerLabelled(doc, "thead th", "自然人");
        assertThat(natural.select("details.header-help .help-text").text()).contains("以个人名义");
        assertThat(doc.select("table.grid tbody th, table.grid thead th:not(.note)"))
                .allSatisfy(th -> assertThat(th.select("details.header-help .help-text").text()).isNotBlank());

        // the inputs are named by the labels alone, not by the help buttons beside them
        String labelledBy = doc.select("#cell-applications-partly_granted-natural_person input").attr("aria-labelledby");
        assertThat(labelledBy.split(" ")).allSatisfy(ref -> assertThat(doc.select("#" + ref + ".header-label"))
                .as(ref).hasSize(1));
        assertThat(labelledBy.split(" ")).extracting(ref -> doc.getElementById(ref).text()).contains("自然人");

        Document tableTwo = page(get("/staff/reports/" + id + "/sections/proactive"), 200);
        assertThat(headerLabelled(tableTwo, "tbody th", "行政许可").select(".help-text").text()).contains("行政许可");
        assertThat(headerLabelled(tableTwo, "tbody th", "本年处理决定数量").select(".help-text").text())
                .contains("公开的和未公开的");
    }

    private static org.jsoup.nodes.Element headerLabelled(Document doc, String selector, String label) {
        return doc.select("table.grid " + selector).stream()
                .filter(th -> th.select(".header-label").text().equals(label)).findFirst().orElseThrow();
    }

    @Test
    void eachFindingSaysWhatUsuallyCausesItAndHowToFixIt() throws Exception {
        long id = create(editor, "songxian-checun", 2022);
        Document doc = page(get("/staff/reports/" + id), 200);
        assertThat(doc.select(".findings li").eachText()).anySatisfy(t -> assertThat(t)
                .contains("B1", "空白不等于 0", "没有发生的事项请填 0"));
    }

    @Test
    void anotherAgencysEditorCannotOpenTheReport() throws Exception {
        long id = create(editor, "songxian-checun", 2022);
        Staff other = StaffFixtures.staff("test.editor.jiuxian", Role.EDITOR,
                agencies.findByCode("songxian-jiuxian").orElseThrow());
        mvc.perform(get("/staff/reports/" + id + "/sections/overview").with(user(other)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/staff/reports/99999999").with(user(editor))).andExpect(status().isNotFound());
    }

    @Test
    void thePreviewShowsTheReportAsThePublicWillSeeIt() throws Exception {
        long id = create(editor, "songxian-checun", 2022);
        Document doc = page(get("/staff/reports/" + id + "/preview"), 200);
        assertThat(doc.select(".preview-banner").text()).contains("预览");
        assertThat(doc.select("article.report h1").text()).isEqualTo("车村镇人民政府2022年政府信息公开工作年度报告");
        assertThat(doc.select("article h2")).hasSize(6);
        assertThat(doc.select("#applications table.statutory tbody tr")).hasSize(25);
    }
}
