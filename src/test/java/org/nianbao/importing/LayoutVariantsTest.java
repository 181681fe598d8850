package org.nianbao.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.nianbao.statutory.Column;
import org.nianbao.statutory.ReportContent;
import org.nianbao.statutory.Section;

/**
 * Table 3's header rows in other layouts seen in practice (flattened into one row of the column labels, with the
 * statutory note 「本列数据的勾稽关系为…」 in its corner, or left out of the copy), in both editions: every figure is
 * still read into its cell. (The statutory three-row header is read in {@link ReportReadingTest}.)
 */
class LayoutVariantsTest {

    /** {@code report} printed as text with table 3's header lines replaced by {@code header(columns)}. */
    private static String withHeader(ReportContent report, Function<List<Column>, List<String>> header) {
        List<String> lines = new ArrayList<>(List.of(PrintedReports.text(report, null).split("\n")));
        Section applications = report.edition().sections().stream()
                .filter(s -> !s.isProse() && s.table().code().equals("applications")).findFirst().orElseThrow();
        int heading = lines.indexOf(applications.heading());
        int first = heading + 1;
        while (!lines.get(first).matches(".*\\t\\d+(\\t.*)?")) {
            first++;
        }
        List<String> replaced = new ArrayList<>(lines.subList(0, heading + 1));
        replaced.addAll(header.apply(applications.table().columns()));
        replaced.addAll(lines.subList(first, lines.size()));
        assertThat(first).as("table 3 has header lines").isGreaterThan(heading + 1);
        return String.join("\n", replaced) + "\n";
    }

    private static Imported read(String text) {
        return Importing.read(text.getBytes(StandardCharsets.UTF_8), ImportFormat.TEXT, null);
    }

    private static List<ReportContent> reports() {
        return List.of(ReportReadingTest.figures(ReportReadingTest.Y2021),
                ReportReadingTest.figures(ReportReadingTest.Y2019));
    }

    @Test
    void aHeaderFlattenedIntoOneRowOfColumnLabelsIsRead() {
        for (ReportContent report : reports()) {
            Imported imported = read(withHeader(report, columns -> List.of("\t\t" + columns.stream()
                    .map(Column::label).collect(Collectors.joining("\t")))));
            ReportReadingTest.assertSameReport(imported, report);
        }
    }

    @Test
    void theStatutoryNoteInTheHeadersCornerIsRead() {
        for (ReportContent report : reports()) {
            Imported imported = read(withHeader(report, columns -> List.of(
                    "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t\t" + columns.stream()
                            .map(Column::label).collect(Collectors.joining("\t")))));
            ReportReadingTest.assertSameReport(imported, report);
        }
    }

    @Test
    void aCopyWithoutTheHeaderIsRead() {
        for (ReportContent report : reports()) {
            Imported imported = read(withHeader(report, columns -> List.of()));
            ReportReadingTest.assertSameReport(imported, report);
        }
    }
}
