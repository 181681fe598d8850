package org.nianbao.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nianbao.validation.Reports.with;
import static org.nianbao.validation.Reports.withSection;
import static org.nianbao.validation.Reports.without;
import static org.nianbao.validation.ValidatorTest.app;
import static org.nianbao.validation.ValidatorTest.proactive;
import static org.nianbao.validation.ValidatorTest.review;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nianbao.statutory.Cell;
import org.nianbao.statutory.Edition;
import org.nianbao.statutory.ReportContent;

/** The Chinese messages, character for character. */
class FindingMessagesTest {

    @Test
    void anUnbalancedColumnOfTableThreeIsExplainedWithBothSidesAndTheDifference() {
        ReportContent report = Reports.zeros(Edition.E2021, 2021);
        report = with(report, app("received", "natural_person"), BigDecimal.valueOf(3));
        report = with(report, app("granted", "natural_person"), BigDecimal.valueOf(2)).withComputedTotals();

        Finding finding = Validator.validate(report, null).stream()
                .filter(f -> f.concerns(app("received", "natural_person")) && f.rule().equals("R1"))
                .findFirst().orElseThrow();

        assertThat(finding.message())
                .isEqualTo("表三 自然人列：第一项(3)＋第二项(0)＝3，第三项（七）总计(2)＋第四项(0)＝2，相差1（R1）");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("messages")
    void eachRuleSaysWhatIsWrongInChinese(String rule, ReportContent report, ReportContent previous,
            String message) {
        assertThat(Validator.validate(report, previous)).filteredOn(f -> f.rule().equals(rule))
                .extracting(Finding::message).containsExactly(message);
    }

    static Stream<Arguments> messages() {
        ReportContent zeros = Reports.zeros(Edition.E2021, 2021);
        ReportContent zeros2019 = Reports.zeros(Edition.E2019, 2020);
        return Stream.of(
                Arguments.of("R2", set(zeros, app("granted", "natural_person"), 2,
                        app("denied_third_party", "natural_person"), 1, app("results_total", "natural_person"), 4),
                        null, "表三 自然人列：第三项（七）总计(4)＝第三项（一）(2)＋第三项（三）4(1)＋其余19项(0)＝3，相差1（R2）"),
                Arguments.of("R3", set(zeros, app("received", "natural_person"), 1, app("received", "commercial"), 1,
                        app("received", "research"), 1, app("received", "public_interest"), 1,
                        app("received", "total"), 5, app("results_total", "total"), 0), null,
                        "表三 第一项：总计(5)＝自然人(1)＋商业企业(1)＋科研机构(1)＋社会公益组织(1)＋法律服务机构(0)＋其他(0)＝4，相差1（R3）"),
                Arguments.of("R4", set(zeros, review("review", "upheld"), 1, review("review", "corrected"), 1,
                        review("review", "total"), 3), null,
                        "表四 行政复议：总计(3)＝结果维持(1)＋结果纠正(1)＋其他结果(0)＋尚未审结(0)＝2，相差1（R4）"),
                Arguments.of("V1", set(zeros, app("received", "natural_person"), -1), null,
                        "表三 第一项 自然人：-1 不是非负整数（V1）"),
                Arguments.of("V1", set(zeros2019, proactive("fees", "items_change"), new BigDecimal("0.5")), null,
                        "表二 行政事业性收费 本年增/减：0.5 不是整数（V1）"),
                Arguments.of("V2", set(zeros, proactive("fees", "amount"), new BigDecimal("-0.1234567")), null,
                        "表二 行政事业性收费 本年收费金额（单位：万元）：-0.1234567 金额不能为负数，且小数超过6位（V2）"),
                Arguments.of("B1", blank(zeros, app("received", "natural_person"), app("received", "commercial"),
                        app("received", "research"), app("received", "public_interest")), null,
                        "表三有 4 个空白单元格（第一项 自然人、第一项 商业企业、第一项 科研机构等）：空白不等于0，请填写0或实际数字后再提交（B1）"),
                Arguments.of("B1", blank(zeros, review("suit_direct", "pending")), null,
                        "表四有 1 个空白单元格（行政诉讼（未经复议直接起诉） 尚未审结）：空白不等于0，请填写0或实际数字后再提交（B1）"),
                Arguments.of("R5", set(zeros, app("carried_in", "natural_person"), 2),
                        set(zeros2019, app("carried_out", "natural_person"), 3),
                        "表三 自然人列：第二项 上年结转(2) 与 2020年报告 第四项 结转下年度继续办理(3) 不一致，相差1（R5）"),
                Arguments.of("R6", set(Reports.zeros(Edition.E2021, 2022), proactive("regulations", "in_force"), 5,
                        proactive("regulations", "issued"), 1),
                        set(zeros, proactive("regulations", "in_force"), 3),
                        "表二 规章：现行有效件数(5) 与 2021年报告 现行有效件数(3)＋本年制发件数(1)－本年废止件数(0)＝4 不一致，相差1（R6）"),
                Arguments.of("R7", set(zeros2019, proactive("licensing", "items_last_year"), 10),
                        set(Reports.zeros(Edition.E2019, 2019), proactive("licensing", "items_last_year"), 8,
                                proactive("licensing", "items_change"), 1),
                        "表二 行政许可：上一年项目数量(10) 与 2019年报告 上一年项目数量(8)＋2019年报告 本年增/减(1)＝9 不一致，相差1（R7）"),
                Arguments.of("T3", withSection(zeros, "overview", "政".repeat(1234)), null,
                        "一、总体情况共 1234 字，超过一千字（T3）"),
                Arguments.of("T4", withSection(zeros, "other_matters", "无"), null,
                        "六、其他需要报告的事项未说明信息处理费的收取情况（T4）"));
    }

    /** {@code report} with pairs of cell and value set as printed. */
    private static ReportContent set(ReportContent report, Object... cellsAndValues) {
        for (int i = 0; i < cellsAndValues.length; i += 2) {
            Object value = cellsAndValues[i + 1];
            report = with(report, (Cell) cellsAndValues[i],
                    value instanceof BigDecimal decimal ? decimal : BigDecimal.valueOf((Integer) value));
        }
        return report;
    }

    private static ReportContent blank(ReportContent report, Cell... cells) {
        for (Cell cell : List.of(cells)) {
            report = without(report, cell);
        }
        return report;
    }
}
