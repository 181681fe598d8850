package org.nianbao.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nianbao.statutory.Edition;
import org.nianbao.statutory.ReportContent;
import org.nianbao.validation.Finding;
import org.nianbao.validation.Severity;

/** Reading rule packs (YAML and JSON), their Chinese messages, and what a pack deducts, with its evidence. */
class RulePackTest {

    static final String PACK = """
            name: 测试考核
            deadline: "03-31"
            deadline_points: 1
            rules:
              - id: length
                kind: max_length
                section: overview
                max: 20
                points: 0.5
              - id: platforms
                kind: required_mentions
                section: overview
                mentions: [网站, 政府公报]
                with_count: true
                points: 0.5
              - id: problems
                kind: min_length
                section: problems
                min: 10
                points: 1
              - id: data
                kind: finding
                findings: [T1]
                points: 0.5
                max_points: 0.5
            """;

    @Test
    void aYamlPackIsRead() {
        RulePack pack = RulePackReader.read(PACK);

        assertThat(pack.name()).isEqualTo("测试考核");
        assertThat(pack.deadline()).isEqualTo(MonthDay.of(3, 31));
        assertThat(pack.rules()).extracting(RulePack.Rule::kind).containsExactly(RulePack.Kind.MAX_LENGTH,
                RulePack.Kind.REQUIRED_MENTIONS, RulePack.Kind.MIN_LENGTH, RulePack.Kind.FINDING);
    }

    @Test
    void theSamePackInJsonIsReadToo() {
        RulePack pack = RulePackReader.read("""
                {"name": "测试考核", "rules": [{"id": "a", "kind": "finding", "findings": ["T2"], "points": 5}]}""");

        assertThat(pack.rules()).singleElement().satisfies(r -> assertThat(r.findings()).containsExactly("T2"));
    }

    @Test
    void theSamplePackThatShipsWithThePortalIsValid() {
        assertThat(RulePackReader.read(RulePacks.sample()).rules()).hasSizeGreaterThan(5);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            name: 甲\\nrules:\\n  - id: a\\n    kind: maxlen\\n    points: 1 | 第 4 行 rules[0].kind：未知的规则类型“maxlen”，应为 max_length、min_length、required_mentions、finding 之一
            name: 甲\\nrules:\\n  - id: a\\n    kind: finding\\n    findings: [T1]\\n    points: 很多 | 第 6 行 rules[0].points：应为数字，而不是“很多”
            name: 甲\\nrules:\\n  - id: a\\n    kind: max_length\\n    section: summary\\n    max: 10\\n    points: 1 | 第 5 行 rules[0].section：未知的部分“summary”，应为 overview、problems、other_matters 之一
            name: 甲\\nrules:\\n  - id: a\\n    kind: max_length\\n    section: overview\\n    max: -3\\n    points: 1 | 第 6 行 rules[0].max：应为正整数
            name: 甲\\ndeadline: 13-40\\nrules:\\n  - id: a\\n    kind: finding\\n    findings: [T1]\\n    points: 1 | 第 2 行 deadline：应为“月-日”，如 03-31，而不是“13-40”
            name: 甲\\nrules: [] | 第 2 行 rules：应为至少包含一条规则的列表
            name: 甲\\nrule: [] | 第 2 行 rule：未知字段，可用的字段为 deadline、deadline_points、name、rules
            name: 甲\\nrules:\\n  - id: a\\n    kind: finding\\n    points: 1 | rules[0].findings：缺少必填字段
            "name": "甲", "rules": [ | 第 1 行 不是有效的 YAML 或 JSON（expected <block end>, but found ','）
            """)
    void aWrongPackIsRefusedNamingTheLineAndTheField(String source, String message) {
        assertThatThrownBy(() -> RulePackReader.read(source.replace("\\n", "\n")))
                .isInstanceOfSatisfying(RulePackException.class, e -> assertThat(e.problems())
                        .extracting(RulePackProblem::toString).contains(message));
    }

    @Test
    void eachMarkCarriesItsPointsAndItsEvidence() {
        ReportContent report = new ReportContent("x", "甲镇人民政府", 2022, Edition.E2021, ReportContent.sections(
                "本年度通过网站发布信息120条，政务新媒体发布80条，工作有序推进。", "无", "无"), Map.of());
        Finding t1 = new Finding("T1", Severity.WARNING, null, List.of(), null, null, null, "「收到申请3件」：……（T1）");
        Finding t1b = new Finding("T1", Severity.WARNING, null, List.of(), null, null, null, "「答复4件」：……（T1）");
        Finding info = new Finding("T1", Severity.INFO, null, List.of(), null, null, null, "无法确定（T1）");

        Assessment assessment = Assessment.of(RulePackReader.read(PACK), report, List.of(t1, t1b, info),
                LocalDate.of(2023, 4, 2), LocalDate.of(2023, 5, 1));

        assertThat(assessment.marks()).extracting(Assessment.Mark::rule, Assessment.Mark::points,
                Assessment.Mark::evidence).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("length", new BigDecimal("0.5"),
                                List.of("一、总体情况共 34 字，超过 20 字")),
                        org.assertj.core.groups.Tuple.tuple("platforms", new BigDecimal("0.5"),
                                List.of("一、总体情况未写明“政府公报”的数量")),
                        org.assertj.core.groups.Tuple.tuple("problems", new BigDecimal("1"),
                                List.of("五、存在的主要问题及改进情况只有 1 字（「无」），少于 10 字")),
                        org.assertj.core.groups.Tuple.tuple("data", new BigDecimal("0.5"),
                                List.of("「收到申请3件」：……（T1）", "「答复4件」：……（T1）")),
                        org.assertj.core.groups.Tuple.tuple("deadline", new BigDecimal("1"),
                                List.of("发布于2023-04-02，晚于期限2023-03-31")));
        assertThat(assessment.total()).isEqualByComparingTo("3.5");
    }
}
