package org.nianbao.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nianbao.statutory.Cell;
import org.nianbao.statutory.Edition;
import org.nianbao.statutory.Group;
import org.nianbao.statutory.ReportContent;

/** The outcome groups come from the edition declarations, the same six for both editions. */
class ApplicationFiguresTest {

    @Test
    void bothEditionsGroupTheirResultRowsIntoTheSameSixOutcomes() {
        var groups2019 = ApplicationFigures.groups(Edition.E2019);
        var groups2021 = ApplicationFigures.groups(Edition.E2021);
        assertThat(groups2019.keySet().stream().map(Group::name).toList())
                .containsExactly("予以公开", "部分公开", "不予公开", "无法提供", "不予处理", "其他处理");
        assertThat(groups2021.keySet().stream().map(Group::name).toList())
                .isEqualTo(groups2019.keySet().stream().map(Group::name).toList());
        assertThat(groups2021.keySet().stream().map(Group::code).toList())
                .isEqualTo(groups2019.keySet().stream().map(Group::code).toList());
        assertThat(byLabel(groups2021, "（三）不予公开")).hasSize(8);
        assertThat(byLabel(groups2021, "（六）其他处理"))
                .containsExactly("other_no_correction", "other_unpaid_fee", "other_other");
        assertThat(byLabel(groups2019, "（六）其他处理")).containsExactly("other_handling");
        assertThat(ApplicationFigures.of(List.of()).outcomes().get(1))
                .isEqualTo(new ApplicationFigures.Outcome("部分公开", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"));
    }

    private static List<String> byLabel(Map<Group, List<String>> groups, String label) {
        return groups.entrySet().stream().filter(e -> e.getKey().label().equals(label)).findFirst().orElseThrow()
                .getValue();
    }

    @Test
    void sumsTheTotalColumnOfEachGroupAndKeepsBlanksBlank() {
        Map<Cell, BigDecimal> values = new HashMap<>();
        values.put(new Cell("applications", "received", "total"), BigDecimal.valueOf(9));
        for (String row : List.of("other_no_correction", "other_unpaid_fee", "other_other")) {
            values.put(new Cell("applications", row, "total"), BigDecimal.ONE);
        }
        ReportContent report = new ReportContent("a", "甲镇人民政府", 2022, Edition.E2021,
                ReportContent.sections("", "", ""), values);
        ApplicationFigures figures = ApplicationFigures.of(List.of(report));
        ApplicationFigures.YearFigures year = figures.years().get(0);
        assertThat(year.received()).isEqualTo(9);
        assertThat(year.outcomes()).containsExactly(null, null, null, null, null, 3L);
        assertThat(year.format(year.outcomes().get(0))).isEqualTo("空白");
        assertThat(ApplicationsChart.of(figures).description()).isEqualTo(
                "2022年：收到申请9件；办理结果予以公开空白，部分公开空白，不予公开空白，无法提供空白，不予处理空白，其他处理3件。");
    }
}
