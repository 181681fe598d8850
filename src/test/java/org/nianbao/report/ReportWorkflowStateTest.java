package org.nianbao.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nianbao.agency.Agency;
import org.nianbao.agency.AgencyKind;
import org.nianbao.statutory.Cell;
import org.nianbao.validation.Finding;
import org.nianbao.validation.Severity;

/** The report's own state machine: 草稿 → 待审核 → 退回 | 已审核 → 已发布, and corrections as new revisions. */
class ReportWorkflowStateTest {

    static final Instant NOW = Instant.parse("2023-01-20T02:00:00Z");
    static final Finding ERROR = new Finding("R1", Severity.ERROR, "applications",
            List.of(new Cell("applications", "received", "total")), BigDecimal.ONE, BigDecimal.ZERO, BigDecimal.ONE,
            "表三 …（R1）");
    static final Finding WARNING = new Finding("T4", Severity.WARNING, null, List.of(), null, null, null,
            "六、其他需要报告的事项未说明信息处理费的收取情况（T4）");

    Report report;

    @BeforeEach
    void draft() {
        Agency county = new Agency("songxian", "嵩县人民政府", AgencyKind.COUNTY, null);
        report = new Report(new Agency("songxian-luhun", "陆浑镇人民政府", AgencyKind.TOWNSHIP, county), 2022);
    }

    @Test
    void aNewReportIsAnEditableDraftOfRevisionOne() {
        assertThat(report.getStatus()).isEqualTo(ReportStatus.DRAFT);
        assertThat(report.getRevision()).isEqualTo(1);
        assertThat(report.isEditable()).isTrue();
    }

    @Test
    void submitIsRefusedWhileAnErrorRemains() {
        assertThatThrownBy(() -> report.submit(List.of(ERROR, WARNING), Map.of(), NOW))
                .isInstanceOf(WorkflowException.class).hasMessage("还有 1 个错误未改正，不能提交审核");
        assertThat(report.getStatus()).isEqualTo(ReportStatus.DRAFT);
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "   " })
    void submitIsRefusedWhileAWarningLacksAnExplanation(String explanation) {
        assertThatThrownBy(() -> report.submit(List.of(WARNING), Map.of(Report.findingKey(WARNING), explanation), NOW))
                .isInstanceOf(WorkflowException.class).hasMessageContaining("请为每个警告填写说明");
        assertThat(report.getStatus()).isEqualTo(ReportStatus.DRAFT);
    }

    @Test
    void submittingKeepsTheExplanationsAndLocksTheDraft() {
        report.submit(List.of(WARNING), Map.of(Report.findingKey(WARNING), " 未收取 "), NOW);
        assertThat(report.getStatus()).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(report.getExplanations()).containsEntry("T4:null", "未收取");
        assertThat(report.getSubmittedAt()).isEqualTo(NOW);
        assertThat(report.isEditable()).isFalse();
        assertThatThrownBy(() -> report.replaceContent(report.content(), Instant.now()))
                .isInstanceOf(WorkflowException.class);
    }

    @Test
    void returningNeedsAReasonAndMakesTheReportEditableAgain() {
        report.submit(List.of(), Map.of(), NOW);
        assertThatThrownBy(() -> report.returnForChanges(" ")).hasMessage("请填写退回原因");
        report.returnForChanges("请核对表三");
        assertThat(report.getStatus()).isEqualTo(ReportStatus.RETURNED);
        assertThat(report.getReturnReason()).isEqualTo("请核对表三");
        assertThat(report.isEditable()).isTrue();
        report.submit(List.of(), Map.of(), NOW);
        assertThat(report.getReturnReason()).isNull();
    }

    @Test
    void onlyAnApprovedReportIsPublishedAndOnlyASubmittedOneApproved() {
        assertThatThrownBy(() -> report.approve()).hasMessage("报告当前状态为“草稿”，不能审核通过");
        assertThatThrownBy(() -> report.publish(NOW)).hasMessage("报告当前状态为“草稿”，不能发布");
        report.submit(List.of(), Map.of(), NOW);
        assertThatThrownBy(() -> report.publish(NOW)).hasMessage("报告当前状态为“待审核”，不能发布");
        report.approve();
        report.publish(NOW);
        assertThat(report.getStatus()).isEqualTo(ReportStatus.PUBLISHED);
        assertThat(report.getPublishedAt()).isEqualTo(NOW);
        assertThatThrownBy(() -> report.returnForChanges("太晚了")).isInstanceOf(WorkflowException.class);
    }

    @Test
    void aCorrectionIsANewDraftRevisionWithItsNoteAndTheSameContent() {
        assertThatThrownBy(() -> report.openCorrection("更正")).hasMessage("报告当前状态为“草稿”，不能更正");
        report.submit(List.of(), Map.of(), NOW);
        report.approve();
        report.publish(NOW);
        assertThatThrownBy(() -> report.openCorrection("")).hasMessage("请填写更正说明");
        Report correction = report.openCorrection(" 更正表三 ");
        assertThat(correction.getRevision()).isEqualTo(2);
        assertThat(correction.getStatus()).isEqualTo(ReportStatus.DRAFT);
        assertThat(correction.getCorrectionNote()).isEqualTo("更正表三");
        assertThat(correction.content()).isEqualTo(report.content());
        assertThat(report.getStatus()).isEqualTo(ReportStatus.PUBLISHED);
    }
}
