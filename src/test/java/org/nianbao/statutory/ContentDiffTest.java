package org.nianbao.statutory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nianbao.statutory.ContentDiff.Kind;
import org.nianbao.statutory.ContentDiff.Segment;

class ContentDiffTest {

    private static final Cell RECEIVED_PERSON = new Cell("applications", "received", "natural_person");
    private static final Cell REGULATIONS_ISSUED = new Cell("proactive", "regulations", "issued");

    private static ReportContent content(String overview, Map<Cell, BigDecimal> values) {
        return new ReportContent("a", "甲镇人民政府", 2022, Edition.E2021,
                ReportContent.sections(overview, "问题", "无"), values);
    }

    @Test
    void namesEachChangedCellAsThePrintedReportDoesWithBothFigures() {
        Map<Cell, BigDecimal> before = new HashMap<>(Map.of(RECEIVED_PERSON, new BigDecimal("3")));
        Map<Cell, BigDecimal> after = new HashMap<>(Map.of(RECEIVED_PERSON, new BigDecimal("4"),
                REGULATIONS_ISSUED, BigDecimal.ONE));

        ContentDiff diff = ContentDiff.between(content("同", before), content("同", after));

        assertThat(diff.sections()).isEmpty();
        assertThat(diff.cells()).containsExactly(
                new ContentDiff.CellChange(REGULATIONS_ISSUED, "表二 规章 · 本年制发件数", null, BigDecimal.ONE),
                new ContentDiff.CellChange(RECEIVED_PERSON, "表三 第一项 本年新收政府信息公开申请数量 · 自然人",
                        new BigDecimal("3"), new BigDecimal("4")));
    }

    @Test
    void aFigureWrittenWithAnotherScaleIsNotAChange() {
        ContentDiff diff = ContentDiff.between(content("同", Map.of(RECEIVED_PERSON, new BigDecimal("3"))),
                content("同", Map.of(RECEIVED_PERSON, new BigDecimal("3.000"))));

        assertThat(diff.isEmpty()).isTrue();
    }

    @Test
    void proseIsComparedCharacterByCharacter() {
        ContentDiff diff = ContentDiff.between(content("本年共收到申请3件。", Map.of()),
                content("本年共收到申请4件，均已答复。", Map.of()));

        assertThat(diff.cells()).isEmpty();
        assertThat(diff.sections()).singleElement().satisfies(change -> {
            assertThat(change.code()).isEqualTo("overview");
            assertThat(change.heading()).isEqualTo("一、总体情况");
            assertThat(change.segments()).containsExactly(new Segment(Kind.SAME, "本年共收到申请"),
                    new Segment(Kind.DELETED, "3"), new Segment(Kind.INSERTED, "4"), new Segment(Kind.SAME, "件"),
                    new Segment(Kind.INSERTED, "，均已答复"), new Segment(Kind.SAME, "。"));
        });
    }

    @Test
    void segmentsRebuildBothTexts() {
        String before = "一二三四五六七八九十";
        String after = "一三四五甲乙八九十丙";
        List<Segment> segments = ContentDiff.segments(before, after);

        assertThat(text(segments, Kind.INSERTED)).isEqualTo(before);
        assertThat(text(segments, Kind.DELETED)).isEqualTo(after);
    }

    @Test
    void editionsCannotBeMixed() {
        ReportContent old = new ReportContent("a", "甲", 2020, Edition.E2019, Map.of(), Map.of());
        assertThatThrownBy(() -> ContentDiff.between(old, content("", Map.of())))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** The text the segments spell when runs of {@code skipped} are left out. */
    private static String text(List<Segment> segments, Kind skipped) {
        StringBuilder text = new StringBuilder();
        segments.stream().filter(s -> s.kind() != skipped).forEach(s -> text.append(s.text()));
        return text.toString();
    }
}
