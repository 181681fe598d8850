package org.nianbao.editing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nianbao.statutory.ValueKind.COUNT;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.nianbao.agency.AgencyKind;
import org.nianbao.draft.Draft;
import org.nianbao.draft.FindingLink;
import org.nianbao.pdf.PdfFiles;
import org.nianbao.pdf.ReportPdf;
import org.nianbao.publishing.ReportView;
import org.nianbao.report.ReportStatus;
import org.nianbao.statutory.Cell;
import org.nianbao.statutory.Column;
import org.nianbao.statutory.Edition;
import org.nianbao.statutory.ReportContent;
import org.nianbao.statutory.Row;
import org.nianbao.statutory.Section;
import org.nianbao.statutory.StatTable;
import org.nianbao.statutory.TextRule;
import org.nianbao.validation.Finding;
import org.nianbao.validation.Validator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * "Adding an edition is a new declaration": a small fictitious edition (one table of two rows and two columns with a
 * total row and a total column, one prose section with a length limit), declared here and nowhere else, flows
 * through the validation, the editor's grid and the PDF without a line of code for it
 * ({@code docs/adding-an-edition.md}).
 */
@AutoConfigureMockMvc
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FictitiousEditionTest {

    static final String TABLE = "harvest";

    static final Edition FICTITIOUS = fictitious();

    @Autowired
    ITemplateEngine templates;

    @Autowired
    ReportPdf pdf;

    @Autowired
    Clock clock;

    private static Edition fictitious() {
        List<Column> columns = List.of(Column.of("apples", "苹果箱数", COUNT), Column.of("pears", "鸭梨箱数", COUNT),
                Column.total("fruit", "水果合计", List.of("apples", "pears")));
        List<Row> rows = List.of(
                new Row("north", List.of("一、北山果园"), "第一项", null, columns, List.of()),
                new Row("south", List.of("二、南山果园"), "第二项", null, columns, List.of()),
                new Row("orchards", List.of("三、果园合计"), "第三项", null, columns, List.of("north", "south")));
        StatTable harvest = new StatTable(TABLE, "表甲", null, StatTable.Layout.GRID, rows, "R2", "R3", List.of());
        List<Section> sections = List.of(new Section("一", "summary", "一、收成概况", null),
                new Section("二", TABLE, "二、果园收成情况", harvest));
        return new Edition("2099", 2099, 2099, sections, List.of(),
                List.of(TextRule.maxLength("T3", "summary", 10, "十字")));
    }

    /** North 1 + 2, south 3 + 4, totals as computed, except 果园合计 · 苹果箱数 typed as 5 instead of 4. */
    private static ReportContent content() {
        Map<Cell, BigDecimal> values = new HashMap<>();
        put(values, "north", 1, 2, 3);
        put(values, "south", 3, 4, 7);
        put(values, "orchards", 5, 6, 11);
        return new ReportContent("test-orchard", "果园镇人民政府", 2099, FICTITIOUS,
                Map.of("summary", "今年果园收成很好，苹果和鸭梨都丰收了。"), values);
    }

    private static void put(Map<Cell, BigDecimal> values, String row, int apples, int pears, int fruit) {
        values.put(new Cell(TABLE, row, "apples"), BigDecimal.valueOf(apples));
        values.put(new Cell(TABLE, row, "pears"), BigDecimal.valueOf(pears));
        values.put(new Cell(TABLE, row, "fruit"), BigDecimal.valueOf(fruit));
    }

    @Test
    void theValidationFindsTheWrongSumAndTheTooLongProse() {
        List<Finding> findings = Validator.validate(content(), null);

        assertThat(findings).extracting(Finding::rule).containsExactly("R2", "R2", "T3");
        Finding sum = findings.get(0);
        assertThat(sum.cells()).contains(new Cell(TABLE, "orchards", "apples"), new Cell(TABLE, "north", "apples"),
                new Cell(TABLE, "south", "apples"));
        assertThat(sum.message()).isEqualTo("表甲 苹果箱数列：第三项(5)＝第一项(1)＋第二项(3)＝4，相差1（R2）");
        assertThat(findings.get(1).message()).isEqualTo("表甲 水果合计列：第三项(11)＝第一项(3)＋第二项(7)＝10，相差1（R2）");
        assertThat(findings.get(2).message()).startsWith("一、收成概况共 19 字，超过十字");
        assertThat(FindingLink.sectionOf(FICTITIOUS, findings.get(2))).isEqualTo("summary");
        assertThat(FindingLink.sectionOf(FICTITIOUS, sum)).isEqualTo(TABLE);
    }

    @Test
    void theEditorRendersTheGridOfTheFictitiousTable() {
        ReportContent content = content();
        List<Finding> findings = Validator.validate(content, null);
        Draft draft = new Draft(1, AgencyKind.TOWNSHIP, 1, ReportStatus.DRAFT, 0, content, null, findings, null, null,
                Map.of(), null, new Draft.Permissions(true, false, false), Draft.Review.none());
        Section section = FICTITIOUS.section(TABLE).orElseThrow();
        SectionView view = new SectionView(draft, section, SectionForm.of(draft, section), Map.of());

        Context context = new Context(Locale.SIMPLIFIED_CHINESE);
        context.setVariable("layout", view.layout());
        context.setVariable("view", view);
        context.setVariable("caption", section.heading());
        Document grid = Jsoup.parse(templates.process("fragments/grid", Set.of("grid"), context));

        assertThat(grid.select("th").eachText()).contains("一、北山果园", "二、南山果园", "三、果园合计", "苹果箱数",
                "鸭梨箱数", "水果合计");
        // an input per typed cell, named by its key; the totals computed, not typed
        assertThat(grid.select("input[type=text]").eachAttr("name")).containsExactlyInAnyOrder(
                "harvest.north.apples", "harvest.north.pears", "harvest.south.apples", "harvest.south.pears");
        assertThat(grid.select("input[name=harvest.south.pears]").attr("value")).isEqualTo("4");
        assertThat(grid.select("output[data-key=harvest.orchards.fruit]").attr("data-parts"))
                .isEqualTo("harvest.north.fruit harvest.south.fruit");
        // the wrong total is flagged beside its cell
        assertThat(grid.select("#" + FindingLink.anchor(new Cell(TABLE, "orchards", "apples"))).attr("class"))
                .contains("flag-error");
        // the prose limit the page warns about is the declared one
        Section summary = FICTITIOUS.section("summary").orElseThrow();
        assertThat(new SectionView(draft, summary, SectionForm.of(draft, summary), Map.of()).softLimit())
                .isEqualTo(10);
    }

    @Test
    void thePdfPrintsTheFictitiousTableAndProse() throws Exception {
        byte[] file = pdf.render(new ReportView(content(), 1, clock.instant(), 2), null);

        String text = PdfFiles.compact(String.join("", PdfFiles.pages(file)));
        assertThat(text).contains(PdfFiles.compact(Edition.title("果园镇人民政府", 2099)), "一、收成概况",
                "今年果园收成很好", "二、果园收成情况", "北山果园", "南山果园", "果园合计", "苹果箱数", "鸭梨箱数", "水果合计");
    }
}
