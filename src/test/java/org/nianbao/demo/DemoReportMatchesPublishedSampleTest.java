package org.nianbao.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nianbao.exchange.ExchangeFormat;
import org.nianbao.statutory.Cell;
import org.nianbao.statutory.Column;
import org.nianbao.statutory.ReportContent;
import org.nianbao.statutory.Row;
import org.nianbao.statutory.StatTable;

/**
 * The demo 陆浑镇 2021 report equals the real published report in {@code src/test/resources/samples/luhun-2021.txt}
 * (a copy of {@code shared/samples/luhun-2021.txt}, so that a clone with nothing beside it runs its tests): every
 * section text and every number, read from the sample file itself. The demo report is read from the file the demo
 * data publishes ({@code demo/songxian-luhun-2021.json}) as {@code DemoData} reads it: a plain unit test, no
 * application (that a published report reads back as it was saved is {@code report.ReportMappingTest}'s).
 */
class DemoReportMatchesPublishedSampleTest {

    private static List<String> sample;

    @BeforeAll
    static void readSample() throws IOException {
        Path file = Path.of("src", "test", "resources", "samples", "luhun-2021.txt");
        sample = Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(String::strip).toList();
    }

    private ReportContent demo() {
        try (var json = getClass().getResourceAsStream("/demo/songxian-luhun-2021.json")) {
            return ExchangeFormat.read(new String(json.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void titleAndAgencyAreThoseOfTheSample() {
        ReportContent demo = demo();
        assertThat(sample.stream().filter(l -> !l.isEmpty()).findFirst())
                .hasValue(demo.agencyName() + demo.year() + "年政府信息公开工作年度报告");
    }

    @Test
    void everySectionTextEqualsTheSample() {
        ReportContent demo = demo();
        for (var section : demo.edition().proseSections()) {
            List<String> expected = paragraphsAfter(section.heading());
            assertThat(expected).as(section.heading()).isNotEmpty();
            assertThat(paragraphs(demo.section(section.code()))).as(section.heading()).isEqualTo(expected);
        }
    }

    @Test
    void everyNumberOfTableTwoEqualsTheSample() {
        ReportContent demo = demo();
        StatTable table = demo.edition().table("proactive").orElseThrow();
        for (Row row : table.rows()) {
            List<BigDecimal> printed = numbersOfLineStartingWith(row.label() + "\t");
            assertThat(printed).as(row.label()).hasSize(row.columns().size());
            for (int i = 0; i < printed.size(); i++) {
                BigDecimal value = demo.value(new Cell(table.code(), row.code(), row.columns().get(i).code()));
                assertThat(value).as(row.label()).isNotNull();
                assertThat(value).as(row.label()).isEqualByComparingTo(printed.get(i));
            }
        }
    }

    @Test
    void everyNumberOfTableThreeEqualsTheSampleRowByRow() {
        ReportContent demo = demo();
        StatTable table = demo.edition().table("applications").orElseThrow();
        List<List<BigDecimal>> printedRows = new ArrayList<>();
        int start = sample.indexOf("三、收到和处理政府信息公开申请情况");
        int end = sample.indexOf("四、政府信息公开行政复议、行政诉讼情况");
        for (String line : sample.subList(start, end)) {
            List<BigDecimal> numbers = trailingNumbers(line);
            if (numbers.size() == table.columns().size()) {
                printedRows.add(numbers);
                assertThat(normalise(line)).as("row label").contains(normalise(table.rows()
                        .get(printedRows.size() - 1).label()));
            }
        }
        assertThat(printedRows).hasSameSizeAs(table.rows());
        for (int r = 0; r < printedRows.size(); r++) {
            Row row = table.rows().get(r);
            for (int c = 0; c < row.columns().size(); c++) {
                Column column = row.columns().get(c);
                assertThat(demo.value(new Cell(table.code(), row.code(), column.code())))
                        .as(row.code() + "." + column.code()).isEqualByComparingTo(printedRows.get(r).get(c));
            }
        }
    }

    @Test
    void everyNumberOfTableFourEqualsTheSample() {
        ReportContent demo = demo();
        StatTable table = demo.edition().table("review_litigation").orElseThrow();
        List<BigDecimal> printed = sample.stream().map(DemoReportMatchesPublishedSampleTest::trailingNumbers)
                .filter(n -> n.size() == table.cells().size()).findFirst().orElseThrow();
        List<Cell> cells = table.cells();
        for (int i = 0; i < cells.size(); i++) {
            assertThat(demo.value(cells.get(i))).as(cells.get(i).key()).isEqualByComparingTo(printed.get(i));
        }
    }

    private static List<String> paragraphsAfter(String heading) {
        int start = sample.indexOf(heading) + 1;
        List<String> paragraphs = new ArrayList<>();
        for (String line : sample.subList(start, sample.size())) {
            if (line.matches("[一二三四五六]、.*") && line.length() < 30) {
                break;
            }
            if (!line.isEmpty()) {
                paragraphs.add(line);
            }
        }
        return paragraphs;
    }

    private static List<String> paragraphs(String text) {
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static List<BigDecimal> numbersOfLineStartingWith(String prefix) {
        return sample.stream().filter(l -> l.startsWith(prefix)).findFirst()
                .map(DemoReportMatchesPublishedSampleTest::trailingNumbers).orElse(List.of());
    }

    /** The numbers at the end of a tab-separated line. */
    private static List<BigDecimal> trailingNumbers(String line) {
        List<String> fields = Arrays.stream(line.split("\t")).map(String::strip).filter(f -> !f.isEmpty()).toList();
        List<BigDecimal> numbers = new ArrayList<>();
        for (int i = fields.size() - 1; i >= 0 && fields.get(i).matches("-?\\d+(\\.\\d+)?"); i--) {
            numbers.add(0, new BigDecimal(fields.get(i)));
        }
        return numbers;
    }

    private static String normalise(String label) {
        return label.replace('（', '(').replace('）', ')').replace(" ", "");
    }
}
