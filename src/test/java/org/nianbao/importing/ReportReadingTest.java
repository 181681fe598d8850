package org.nianbao.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.nianbao.importing.PrintedReports.demo;
import static org.nianbao.importing.PrintedReports.with;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nianbao.statutory.Cell;
import org.nianbao.statutory.ReportContent;
import org.nianbao.validation.Finding;
import org.nianbao.validation.Validator;

/** Reading reports printed as text and HTML, in both editions and in the layout variants real reports show. */
class ReportReadingTest {

    static final ReportContent Y2021 = demo("songxian-luhun-2021");
    static final ReportContent Y2019 = demo("songxian-luhun-2020");
    static final Cell RECEIVED = new Cell("applications", "received", "natural_person");
    static final Cell RECEIVED_TOTAL = new Cell("applications", "received", "total");
    static final Cell RESULTS_TOTAL = new Cell("applications", "results_total", "natural_person");

    static Imported text(String text) {
        return Importing.read(text.getBytes(StandardCharsets.UTF_8), ImportFormat.TEXT, null);
    }

    static Imported html(String html) {
        return Importing.read(html.getBytes(StandardCharsets.UTF_8), ImportFormat.HTML, null);
    }

    static void assertSameReport(Imported imported, ReportContent expected) {
        ReportContent read = imported.content();
        assertThat(read.agencyName()).isEqualTo(expected.agencyName());
        assertThat(read.year()).isEqualTo(expected.year());
        assertThat(read.edition()).isEqualTo(expected.edition());
        assertThat(read.sections()).isEqualTo(expected.sections());
        assertThat(read.values().keySet()).as("cells read").isEqualTo(expected.values().keySet());
        for (Cell cell : expected.values().keySet()) {
            assertThat(read.value(cell)).as(cell.key()).isEqualByComparingTo(expected.value(cell));
        }
    }

    static ReportContent figures(ReportContent report) {
        // distinct figures, so that a cell read from the wrong column shows
        ReportContent result = report;
        int i = 1;
        for (Cell cell : report.edition().cells()) {
            result = with(result, cell, BigDecimal.valueOf(i++));
        }
        return result;
    }

    @Test
    void bothEditionsReadBackFromTextAndHtmlWithEveryFigureInItsCell() {
        for (ReportContent report : List.of(figures(Y2021), figures(Y2019), Y2019)) {
            Imported fromText = text(PrintedReports.text(report, "2022年1月20日"));
            assertSameReport(fromText, report);
            assertThat(fromText.unrecognised()).isEmpty();
            assertThat(fromText.publishedOn()).isEqualTo(LocalDate.of(2022, 1, 20));
            Imported fromHtml = html(PrintedReports.html(report, "2022年1月20日"));
            assertSameReport(fromHtml, report);
            assertThat(fromHtml.unrecognised()).extracting(ImportNote::printed).containsExactly("首页");
            assertThat(fromHtml.approximate()).isEmpty();
        }
    }

    @Test
    void blankCellsStayBlankInEveryFormat() {
        Cell fees = new Cell("proactive", "fees", "amount");
        Cell review = new Cell("review_litigation", "review", "pending");
        ReportContent report = with(with(with(figures(Y2021), fees, null), review, null), RECEIVED, null);
        for (Imported imported : List.of(text(PrintedReports.text(report, null)),
                html(PrintedReports.html(report, null)))) {
            assertSameReport(imported, report);
            assertThat(imported.content().value(fees)).isNull();
            assertThat(imported.content().value(RECEIVED)).isNull();
            assertThat(imported.content().blankCells()).containsExactlyInAnyOrder(fees, review, RECEIVED);
        }
    }

    @Test
    void wrongPrintedSumsAreKeptAndFound() {
        ReportContent report = with(figures(Y2021), RESULTS_TOTAL, new BigDecimal("999"));
        Imported imported = text(PrintedReports.text(report, null));
        assertThat(imported.content().value(RESULTS_TOTAL)).isEqualByComparingTo("999");
        List<Finding> findings = Validator.validate(imported.content(), null);
        assertThat(findings).extracting(Finding::rule).contains("R1", "R2");
        assertThat(findings).filteredOn(f -> f.rule().equals("R2")).anyMatch(f -> f.concerns(RESULTS_TOTAL));
    }

    @Test
    void theSampleReadsWithoutFindingsOfItsOwn() {
        Imported imported = text(PrintedReports.text(Y2021, null));
        assertThat(Validator.validate(imported.content(), null)).noneMatch(Finding::isError);
    }

    // ---- layout variants ----------------------------------------------------------------------------------------

    private static String luhun() {
        return PrintedReports.text(figures(Y2021), null);
    }

    private static Imported variant(String from, String to) {
        String printed = luhun();
        assertThat(printed).contains(from);
        return text(printed.replace(from, to));
    }

    private static void assertReadAs(Imported imported, String printed) {
        assertThat(imported.notes()).as("notes").anyMatch(n -> n.printed().contains(printed)
                && n.kind() != ImportNote.Kind.UNRECOGNISED);
        assertThat(imported.unrecognised()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1、属于国家秘密", "（1）属于国家秘密", "(1)属于国家秘密", "1. 属于国家秘密", "属 于 国 家 秘 密"})
    void subRowNumberingAndStraySpacesDoNotMatter(String label) {
        Imported imported = variant("1.属于国家秘密", label);
        assertSameReport(imported, figures(Y2021));
        assertThat(imported.unrecognised()).isEmpty();
    }

    @Test
    void fullWidthDigitsAndBracketsAreRead() {
        Imported imported = variant("（五）不予处理", "(五)不予处理");
        assertSameReport(imported, figures(Y2021));
        String printed = luhun();
        String line = Arrays.stream(printed.split("\n")).filter(l -> l.startsWith("行政许可")).findFirst().orElseThrow();
        Imported wide = text(printed.replace(line, "行政许可\t１１"));
        assertThat(wide.content().value(new Cell("proactive", "licensing", "decisions"))).isEqualByComparingTo("11");
        assertReadAs(wide, "１１");
    }

    @Test
    void mistypedAndAbbreviatedLabelsAreAcceptedAndNoted() {
        Imported prohibited = variant("2.其他法律行政法规禁止公开", "2.其他法律行政止公开");
        assertSameReport(prohibited, figures(Y2021));
        assertReadAs(prohibited, "其他法律行政止公开");

        Imported normative = variant("\n行政规范性文件\t", "\n规范性文件\t");
        assertSameReport(normative, figures(Y2021));
        assertReadAs(normative, "规范性文件");

        Imported review = variant("\n行政复议\t", "\n行政法复议\t");
        assertSameReport(review, figures(Y2021));
        assertReadAs(review, "行政法复议");
    }

    @Test
    void aLabelOnlyApproximatelyMatchedIsListedForChecking() {
        Imported imported = variant("4.保护第三方合法权益", "4.保护第三人合法权益");
        assertSameReport(imported, figures(Y2021));
        assertThat(imported.approximate()).singleElement().satisfies(n -> {
            assertThat(n.printed()).contains("保护第三人合法权益");
            assertThat(n.readAs()).isEqualTo("4.保护第三方合法权益");
        });
    }

    @Test
    void aLabelSplitOverTwoLinesOrCellsIsJoinedAndNoted() {
        String printed = luhun();
        String line = Arrays.stream(printed.split("\n")).filter(l -> l.contains("2.没有现成信息需要另行制作"))
                .findFirst().orElseThrow();
        Imported twoLines = text(printed.replace(line, "\t\t2.没有现成信息\n" + line.replace("2.没有现成信息", "")));
        assertSameReport(twoLines, figures(Y2021));
        assertReadAs(twoLines, "没有现成信息");

        Imported twoCells = text(printed.replace(line, line.replace("\t\t2.没有现成信息需要另行制作",
                "\t2.没有现成信息\t需要另行制作")));
        assertSameReport(twoCells, figures(Y2021));
    }

    @Test
    void anAnnotatedNumberIsReadAsItsNumberAndNoted() {
        String printed = luhun();
        String line = Arrays.stream(printed.split("\n")).filter(l -> l.startsWith("规章\t")).findFirst().orElseThrow();
        String[] cells = line.split("\t");
        cells[1] = "22（其中修订16件）";
        Imported imported = text(printed.replace(line, String.join("\t", cells)));
        assertThat(imported.content().value(new Cell("proactive", "regulations", "issued"))).isEqualByComparingTo("22");
        assertReadAs(imported, "22（其中修订16件）");
    }

    @Test
    void aDashIsBlankNotZero() {
        String printed = luhun();
        String line = Arrays.stream(printed.split("\n")).filter(l -> l.startsWith("行政强制\t")).findFirst().orElseThrow();
        Imported imported = text(printed.replace(line, "行政强制\t—"));
        assertThat(imported.content().value(new Cell("proactive", "coercion", "decisions"))).isNull();
        assertReadAs(imported, "—");
    }

    @Test
    void theSingle2019OtherHandlingRowInA2021TableIsReadAsItsOtherRowAndNoted() {
        ReportContent report = figures(Y2021);
        List<String> lines = new ArrayList<>(List.of(PrintedReports.text(report, null).split("\n")));
        int first = indexOf(lines, "1.申请人无正当理由逾期不补正");
        lines.remove(first + 2);
        lines.remove(first + 1);
        lines.set(first, "\t（六）其他处理\t\t5\t6\t7\t8\t9\t10\t45");
        Imported imported = text(String.join("\n", lines));
        Cell other = new Cell("applications", "other_other", "natural_person");
        assertThat(imported.content().value(other)).isEqualByComparingTo("5");
        assertThat(imported.content().value(new Cell("applications", "other_no_correction", "natural_person")))
                .isNull();
        assertReadAs(imported, "其他处理");
    }

    @Test
    void rowsOfTheOtherEditionAreReportedNotRead() {
        List<String> lines = new ArrayList<>(List.of(luhun().split("\n")));
        lines.add(indexOf(lines, "行政许可\t") + 1, "其他对外管理服务事项\t3\t4\t5");
        Imported imported = text(String.join("\n", lines));
        assertSameReport(imported, figures(Y2021));
        assertThat(imported.unrecognised()).singleElement().satisfies(n -> {
            assertThat(n.printed()).startsWith("其他对外管理服务事项");
            assertThat(n.readAs()).contains("另一版式");
        });
    }

    @Test
    void renumberedAndMissingHeadingsAndATitleWithoutWorkAreReadAndNoted() {
        String printed = luhun().replace("四、政府信息公开行政复议、行政诉讼情况", "（四）政府信息公开行政复议、行政诉讼情况")
                .replace("一、总体情况\n", "").replace("政府信息公开工作年度报告", "政府信息公开年度报告");
        Imported imported = text(printed);
        assertSameReport(imported, figures(Y2021));
        assertThat(imported.readAs()).extracting(ImportNote::readAs).contains("四、政府信息公开行政复议、行政诉讼情况",
                "陆浑镇人民政府2021年政府信息公开工作年度报告");
        assertThat(imported.readAs()).anyMatch(n -> n.where().equals("一、总体情况"));
        assertThat(imported.unrecognised()).isEmpty();
    }

    @Test
    void aMissingTableHeadingStartsTheTableAtItsFirstRow() {
        Imported imported = variant("二、主动公开政府信息情况\n", "");
        assertSameReport(imported, figures(Y2021));
        assertThat(imported.readAs()).anyMatch(n -> n.where().equals("二、主动公开政府信息情况"));
    }

    @Test
    void aReportWithoutTitleIsRefusedWithAReason() {
        assertThatThrownBy(() -> text("一、总体情况\n无\n")).isInstanceOf(ImportException.class)
                .hasMessageContaining("未找到报告标题");
        assertThatThrownBy(() -> text("某镇人民政府2018年政府信息公开工作年度报告\n")).isInstanceOf(ImportException.class)
                .hasMessageContaining("2018");
    }

    @Test
    void aStrangeLineInATableIsListedAsUnrecognised() {
        List<String> lines = new ArrayList<>(List.of(luhun().split("\n")));
        lines.add(indexOf(lines, "行政许可\t") + 1, "注：本表数据来源于业务系统");
        Imported imported = text(String.join("\n", lines));
        assertSameReport(imported, figures(Y2021));
        assertThat(imported.unrecognised()).extracting(ImportNote::printed).containsExactly("注：本表数据来源于业务系统");
    }

    private static int indexOf(List<String> lines, String start) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(start)) {
                return i;
            }
        }
        throw new AssertionError(start);
    }
}
