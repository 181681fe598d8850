package org.nianbao.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nianbao.importing.PrintedReports.with;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.PortalTest;
import org.nianbao.pdf.ReportPdf;
import org.nianbao.publishing.ReportView;
import org.nianbao.statutory.Cell;
import org.nianbao.statutory.ReportContent;
import org.nianbao.validation.Finding;
import org.nianbao.validation.Validator;
import org.nianbao.word.ReportDocx;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Reports rendered to PDF and Word by the portal's own renderers (the files agencies download and republish) import
 * back to the figures and prose they were rendered from: both editions, blank cells, wrong sums.
 */
@PortalTest
class RenderedReportImportTest {

    static final Instant PUBLISHED = Instant.parse("2022-01-20T02:00:00Z");

    @Autowired
    ReportPdf pdf;

    @Autowired
    ReportDocx docx;

    static List<ReportContent> reports() {
        Cell fees = new Cell("proactive", "fees", "amount");
        Cell blank = new Cell("applications", "denied_third_party", "research");
        Cell total = new Cell("applications", "results_total", "natural_person");
        ReportContent withBlanksAndWrongSum = with(with(with(ReportReadingTest.figures(ReportReadingTest.Y2021), fees,
                null), blank, null), total, new BigDecimal("999"));
        return List.of(ReportReadingTest.Y2021, ReportReadingTest.figures(ReportReadingTest.Y2019),
                withBlanksAndWrongSum);
    }

    @Test
    void pdfsImportBackToWhatTheyWereRenderedFrom() {
        for (ReportContent report : reports()) {
            byte[] file = pdf.render(new ReportView(report, 1, PUBLISHED, 4));
            Imported imported = Importing.read(file, ImportFormat.PDF, null);
            ReportReadingTest.assertSameReport(imported, report);
            assertThat(imported.unrecognised()).isEmpty();
            assertThat(imported.approximate()).isEmpty();
            assertThat(imported.publishedOn()).isEqualTo(LocalDate.of(2022, 1, 20));
        }
    }

    @Test
    void wordFilesImportBackToWhatTheyWereRenderedFrom() {
        for (ReportContent report : reports()) {
            byte[] file = docx.render(new ReportView(report, 1, PUBLISHED, 4));
            Imported imported = Importing.read(file, ImportFormat.DOCX, null);
            ReportReadingTest.assertSameReport(imported, report);
            assertThat(imported.unrecognised()).isEmpty();
            assertThat(imported.publishedOn()).isEqualTo(LocalDate.of(2022, 1, 20));
        }
    }

    @Test
    void aWrongSumInAPdfIsFoundNotRepaired() {
        ReportContent report = reports().get(2);
        Imported imported = Importing.read(pdf.render(new ReportView(report, 1, PUBLISHED, 4)), ImportFormat.PDF,
                null);
        assertThat(imported.content().value(new Cell("applications", "results_total", "natural_person")))
                .isEqualByComparingTo("999");
        assertThat(Validator.validate(imported.content(), null)).extracting(Finding::rule).contains("R1", "R2");
    }
}
