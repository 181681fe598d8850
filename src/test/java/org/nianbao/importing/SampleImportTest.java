package org.nianbao.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.nianbao.exchange.ExchangeFormat;
import org.nianbao.statutory.Cell;
import org.nianbao.statutory.ReportContent;

/**
 * The real published 陆浑镇 2021 report, as copied from its web page (src/test/resources/samples/luhun-2021.txt),
 * imports to exactly the demo report, which was transcribed from it by hand and is checked number by number
 * against it by DemoReportMatchesPublishedSampleTest.
 */
class SampleImportTest {

    static byte[] sample() throws IOException {
        return Files.readAllBytes(Path.of("src", "test", "resources", "samples", "luhun-2021.txt"));
    }

    static ReportContent demo() throws IOException {
        try (InputStream in = SampleImportTest.class.getResourceAsStream("/demo/songxian-luhun-2021.json")) {
            return ExchangeFormat.read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void theSampleImportsToTheDemoReportsFiguresAndProse() throws IOException {
        Imported imported = Importing.read(sample(), ImportFormat.TEXT, null);
        ReportContent read = imported.content();
        ReportContent demo = demo();

        assertThat(read.agencyName()).isEqualTo("陆浑镇人民政府");
        assertThat(read.year()).isEqualTo(2021);
        assertThat(read.edition()).isEqualTo(demo.edition());
        assertThat(read.sections()).isEqualTo(demo.sections());
        assertThat(read.values().keySet()).isEqualTo(demo.values().keySet());
        for (Cell cell : demo.values().keySet()) {
            assertThat(read.value(cell)).as(cell.key()).isEqualByComparingTo(demo.value(cell));
        }
        assertThat(imported.unrecognised()).isEmpty();
        assertThat(imported.approximate()).isEmpty();
        assertThat(imported.readAs()).isEmpty();
    }

    @Test
    void theSamplesAmountHeaderIsAcceptedWithItsPrecisionNote() throws IOException {
        Imported imported = Importing.read(sample(), ImportFormat.TEXT, null);
        assertThat(imported.notes()).noneMatch(n -> n.printed().contains("保留4位小数")
                && n.kind() == ImportNote.Kind.UNRECOGNISED);
    }
}
