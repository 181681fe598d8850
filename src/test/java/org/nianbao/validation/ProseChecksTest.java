package org.nianbao.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nianbao.validation.ValidatorTest.app;
import static org.nianbao.validation.ValidatorTest.proactive;
import static org.nianbao.validation.ValidatorTest.review;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nianbao.exchange.ExchangeFormat;
import org.nianbao.statutory.Cell;
import org.nianbao.statutory.Edition;
import org.nianbao.statutory.ReportContent;

/** T1, T5, T6 and P1–P3 on reports built here, and on the published sample. */
class ProseChecksTest {

    /** A 2021 report of 陆浑镇人民政府 with every cell 0 but {@code figures} (natural-person column), totals computed. */
    static ReportContent report(int year, String overview, Map<Cell, Integer> figures) {
        Edition edition = Edition.forYear(year).orElseThrow();
        ReportContent zeros = Reports.zeros(edition, year);
        Map<Cell, BigDecimal> values = new HashMap<>(zeros.values());
        figures.forEach((cell, value) -> values.put(cell, BigDecimal.valueOf(value)));
        return new ReportContent("songxian-luhun", "陆浑镇人民政府", year, edition,
                ReportContent.sections(overview, "公开内容不够全面，明年将逐项梳理。", "本年度未收取信息处理费。"), values)
                .withComputedTotals();
    }

    static List<Finding> rule(String rule, ReportContent report) {
        return Validator.validate(report, null).stream().filter(f -> f.rule().equals(rule)).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"三件", "3件", "叁件", "３件"})
    void aCountOfApplicationsThatDiffersFromTableThreeIsAWarningNamingTheCellAndBothNumbers(String written) {
        ReportContent report = report(2021, "2021年，本镇共收到政府信息公开申请" + written + "，均已按时答复。",
                Map.of(app("received", "natural_person"), 4, app("granted", "natural_person"), 4));

        List<Finding> t1 = rule("T1", report);

        assertThat(t1).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.cells()).containsExactly(app("received", "total"));
            assertThat(f.left()).isEqualByComparingTo("3");
            assertThat(f.right()).isEqualByComparingTo("4");
            assertThat(f.span().section()).isEqualTo("overview");
            assertThat(f.message()).isEqualTo("「2021年，本镇共收到政府信息公开申请" + written + "，均已按时答复。」：文中本年新收申请为3，"
                    + "表三 第一项 本年新收政府信息公开申请数量 · 总计为4，相差1（T1）");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"三件", "3件", "叁件"})
    void aCountThatAgreesWithTheTableIsSilent(String written) {
        ReportContent report = report(2021, "本年度收到申请" + written + "，上年结转1件，办结4件，结转下年度0件。",
                Map.of(app("received", "natural_person"), 3, app("carried_in", "natural_person"), 1,
                        app("granted", "natural_person"), 4));

        assertThat(rule("T1", report)).isEmpty();
    }

    @Test
    void theOtherMeasuresOfTableThreeAreComparedToo() {
        ReportContent report = report(2021, "本年新收申请95件，上年结转申请8件，答复申请98件，结转下年度继续办理申请6件。",
                Map.of(app("received", "natural_person"), 95, app("carried_in", "natural_person"), 8,
                        app("granted", "natural_person"), 98, app("carried_out", "natural_person"), 5));

        assertThat(rule("T1", report)).singleElement().satisfies(f -> {
            assertThat(f.cells()).containsExactly(app("carried_out", "total"));
            assertThat(f.message()).contains("文中结转下年度申请为6，表三 第四项 结转下年度继续办理 · 总计为5，相差1");
        });
    }

    @Test
    void litigationIsDirectSuitsPlusSuitsAfterReviewAndReviewIsItsOwnTotal() {
        Map<Cell, Integer> figures = Map.of(review("suit_direct", "upheld"), 1, review("suit_after_review", "pending"),
                1, review("review", "corrected"), 2);
        assertThat(rule("T1", report(2021, "本年度发生行政复议2件，行政诉讼2件。", figures))).isEmpty();

        List<Finding> wrong = rule("T1", report(2021, "本年度发生行政复议3件，行政诉讼1件。", figures));
        assertThat(wrong).extracting(Finding::cells).containsExactly(List.of(review("review", "total")),
                List.of(review("suit_direct", "total"), review("suit_after_review", "total")));
        assertThat(wrong.get(1).message()).contains("文中行政诉讼为1，表四 行政诉讼（未经复议直接起诉） · 总计＋表四 行政诉讼（复议后起诉） · 总计为2");
    }

    @Test
    void aDecisionCountNamedAfterARowOfTableTwoIsCompared() {
        ReportContent report = report(2021, "全年作出行政处罚决定3件，行政许可决定5件。",
                Map.of(proactive("penalty", "decisions"), 1, proactive("licensing", "decisions"), 5));

        assertThat(rule("T1", report)).singleElement().satisfies(f -> {
            assertThat(f.cells()).containsExactly(proactive("penalty", "decisions"));
            assertThat(f.message()).contains("表二 行政处罚 · 本年处理决定数量为1");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"3.5%", "百分之三点五", "３.５％"})
    void aShareAfterAFigureIsComputedFromTheTable(String share) {
        Map<Cell, Integer> figures = Map.of(app("received", "natural_person"), 200, app("granted", "natural_person"),
                7, app("unavailable_not_held", "natural_person"), 193);
        assertThat(rule("T1", report(2021, "收到申请200件，其中予以公开7件，占" + share + "。", figures))).isEmpty();

        Map<Cell, Integer> other = new HashMap<>(figures);
        other.put(app("granted", "natural_person"), 7);
        other.put(app("unavailable_not_held", "natural_person"), 93);
        other.put(app("received", "natural_person"), 100);
        assertThat(rule("T1", report(2021, "收到申请100件，其中予以公开7件，占" + share + "。", other)))
                .singleElement().satisfies(f -> assertThat(f.message()).contains("占比为3.5%", "计算为7%"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "在政务服务大厅设立5个综合服务窗口，实现192项审批服务事项一窗受理。",
        "本年度收到申请较上年增加2件。",
        "2020年收到申请5件。",
        "与上年相比，收到申请减少2件。",
        "全年主动公开政府信息376条，其中行政许可信息12条。",
        "收到群众来信3件。",
        "计划明年办结申请10件。",
        "公开行政许可事项清单192项。",
        "一是收到申请后及时登记，二是答复前集体研究，确保三个工作日内受理。",
        "2021年共发布政务信息50条，回复网民留言3条。",
        "收到申请（含上年结转）4件。",
        "本年度受理行政许可申请1200件，办结1200件。",
        "近三年共收到申请12件。",
        "2019年以来收到申请9件。"
    })
    void sentencesThatQuoteNoFigureOfTheTablesDoNotWarn(String sentence) {
        ReportContent report = report(2021, sentence, Map.of(app("received", "natural_person"), 1,
                app("granted", "natural_person"), 1, proactive("licensing", "decisions"), 4));

        assertThat(rule("T1", report)).isEmpty();
    }

    @Test
    void wordsThatAreNotPlainlyTheMeasureMakeAMismatchAnInfo() {
        ReportContent report = report(2021, "本年度收到涉及征地拆迁的申请3件。",
                Map.of(app("received", "natural_person"), 1, app("granted", "natural_person"), 1));

        assertThat(rule("T1", report)).singleElement().satisfies(f -> assertThat(f.severity())
                .isEqualTo(Severity.INFO));
    }

    @Test
    void anAmbiguousSentenceIsAnInfoNotAGuess() {
        ReportContent report = report(2021, "本年度收到和办结申请共5件。",
                Map.of(app("received", "natural_person"), 3, app("granted", "natural_person"), 3));

        assertThat(rule("T1", report)).isNotEmpty().allSatisfy(f -> {
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.message()).contains("无法确定");
        });
    }

    @Test
    void chineseNumeralsAreReadAsReportsWriteThem() {
        assertThat(List.of("三", "叁", "十二", "拾贰", "一百零五", "壹佰零伍", "两千三百", "三万零五十", "二〇二一", "三点五", "3.5",
                "１２")).map(ChineseNumbers::parse).map(BigDecimal::toPlainString)
                .containsExactly("3", "3", "12", "12", "105", "105", "2300", "30050", "2021", "3.5", "3.5", "12");
    }

    @Test
    void anotherYearUsedAsThePeriodOfTheWorkIsAWarningQuotingIt() {
        ReportContent report = report(2023, "现将2022年度政府信息公开工作情况报告如下。本单位2022年度主动公开信息30条。"
                + "较2022年度增长10%。", Map.of());

        assertThat(rule("T5", report)).hasSize(2).allSatisfy(f -> assertThat(f.message()).contains(
                "以2022年作为工作期间，而本报告是2023年度的报告（T5）"));
        assertThat(rule("T5", report).get(1).message()).startsWith("「本单位2022年度主动公开信息30条。」");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023年，本镇扎实推进公开工作。2024年，我镇将继续加强培训。", "较2022年度增长10%。",
        "自2019年以来，我镇持续推进公开。", "结转至2024年度继续办理。", "根据国办公开办函〔2021〕30号的要求编制。",
        "2022年5月印发的规范性文件本年继续有效。"})
    void plansComparisonsAndCitationsAreNotAWrongYear(String text) {
        assertThat(rule("T5", report(2023, text, Map.of()))).isEmpty();
    }

    @Test
    void thePublishedSampleReportsTheCarriedOverTongyuAndBanshichuAndNoFalseT1() throws IOException {
        ReportContent sample;
        try (InputStream in = getClass().getResourceAsStream("/demo/songxian-luhun-2021.json")) {
            sample = ExchangeFormat.read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }

        List<Finding> findings = Validator.validate(sample, null);

        assertThat(findings).filteredOn(f -> f.rule().equals("T1")).isEmpty();
        assertThat(findings).filteredOn(f -> f.rule().equals("T5")).isEmpty();
        assertThat(findings).filteredOn(f -> f.rule().equals("T6")).extracting(f -> f.span().text())
                .containsExactlyInAnyOrder("办事处", "办事处", "桐峪");
        assertThat(findings).filteredOn(f -> f.rule().equals("T6") && f.span().text().equals("桐峪"))
                .singleElement().satisfies(f -> {
                    assertThat(f.span().section()).isEqualTo("problems");
                    assertThat(f.message()).contains("结合桐峪实际", "“桐峪”不是本单位（陆浑镇人民政府）的名称");
                });
    }

    @Test
    void anotherAgencyThePortalKnowsIsNamed() {
        ReportContent report = report(2021, "结合我镇实际，学习田湖镇经验，嵩县统一部署。", Map.of());

        assertThat(Validator.otherAgencies(report, List.of("田湖镇人民政府", "车村镇人民政府")))
                .singleElement().satisfies(f -> assertThat(f.message()).contains("提到其他单位“田湖”（田湖镇人民政府）"));
        assertThat(rule("T6", report)).isEmpty();
    }

    @Test
    void implausibleCountsAreQuestioned() {
        Cell coercion = proactive("coercion", "decisions");
        ReportContent huge = report(2021, "", Map.of(coercion, 1_000_000_000));
        assertThat(rule("P1", huge)).singleElement().satisfies(f -> assertThat(f.message())
                .isEqualTo("表二 行政强制 · 本年处理决定数量为1000000000，超过一百万，请核实是否多打了数字（P1）"));

        ReportContent last = report(2020, "", Map.of(proactive("coercion", "decisions"), 10));
        assertThat(Validator.validate(report(2021, "", Map.of(coercion, 1001)), last))
                .filteredOn(f -> f.rule().equals("P1")).hasSize(1);
        assertThat(Validator.validate(report(2021, "", Map.of(coercion, 1000)), last))
                .filteredOn(f -> f.rule().equals("P1")).isEmpty();
        assertThat(Validator.validate(report(2021, "", Map.of(coercion, 999_999)), report(2020, "",
                Map.of(coercion, 10_000)))).filteredOn(f -> f.rule().equals("P1")).isEmpty();
    }

    @Test
    void moreThanTenBlankCellsInTableThreeAndAllZerosAgainstTheProseAreQuestioned() {
        ReportContent report = report(2021, "本年度收到政府信息公开申请3件。", Map.of());
        assertThat(rule("P3", report)).singleElement().satisfies(f -> assertThat(f.message())
                .startsWith("表三全部为0，而正文「本年度收到政府信息公开申请3件。」写有本年新收申请"));

        Map<Cell, BigDecimal> values = new HashMap<>(report.values());
        List.of("granted", "partly_granted", "denied_state_secret").forEach(row -> List.of("natural_person",
                "commercial", "research", "public_interest").forEach(c -> values.remove(app(row, c))));
        assertThat(rule("P2", report.withValues(values))).singleElement().satisfies(f -> assertThat(f.cells())
                .hasSizeGreaterThan(10));
        values.clear();
        values.putAll(report.values());
        List.of("granted", "partly_granted").forEach(row -> List.of("natural_person", "commercial", "research",
                "public_interest", "legal_services").forEach(c -> values.remove(app(row, c))));
        assertThat(rule("P2", report.withValues(values))).isEmpty();
    }
}
