package org.nianbao.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.nianbao.PortalTest;
import org.nianbao.agency.Agency;
import org.nianbao.agency.AgencyKind;
import org.nianbao.agency.AgencyRepository;
import org.nianbao.report.Report;
import org.nianbao.report.ReportRepository;
import org.nianbao.report.ReportStatus;
import org.nianbao.statutory.Cell;
import org.nianbao.statutory.ReportContent;
import org.nianbao.timeliness.FirstPublications;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** Confirming an import publishes a historical revision with its printed date and keeps the original file. */
@PortalTest
class ImportPublishingTest {

    @Autowired
    ImportPublishing importing;

    @Autowired
    AgencyRepository agencies;

    @Autowired
    ReportRepository reports;

    @Autowired
    ReportImportRepository imports;

    @Autowired
    FirstPublications firstPublications;

    @Autowired
    TransactionTemplate tx;

    private Agency agency() {
        Agency county = agencies.findByCode("songxian").orElseThrow();
        String code = "imp-" + UUID.randomUUID().toString().substring(0, 8);
        return agencies.saveAndFlush(new Agency(code, "导入测试" + code + "镇人民政府", AgencyKind.TOWNSHIP, county));
    }

    @Test
    void aConfirmedImportIsPublishedOnItsPrintedDateWithItsOriginalFileAndItsSumsAsPrinted() {
        Agency agency = agency();
        Cell total = new Cell("applications", "results_total", "natural_person");
        ReportContent printed = PrintedReports.with(ReportReadingTest.Y2019, total, new BigDecimal("7"));
        byte[] file = PrintedReports.text(printed, "2021年1月28日").getBytes(StandardCharsets.UTF_8);

        Report report = importing.confirm(agency.getCode(), file, ImportFormat.TEXT, "2020年报.txt", null, "admin");

        assertThat(report.getStatus()).isEqualTo(ReportStatus.PUBLISHED);
        assertThat(report.getRevision()).isEqualTo(1);
        assertThat(report.getPublishedAt()).isEqualTo(LocalDate.of(2021, 1, 28).atStartOfDay(ZoneId.of("Asia/Shanghai"))
                .toInstant());
        ReportContent stored = tx.execute(s -> reports.findLatestPublished(agency.getCode(), 2020).orElseThrow()
                .content());
        assertThat(stored.value(total)).isEqualByComparingTo("7");
        ReportImport original = imports.findById(report.getId()).orElseThrow();
        assertThat(original.getContent()).isEqualTo(file);
        assertThat(original.getFileName()).isEqualTo("2020年报.txt");
        assertThat(original.getPublishedOn()).isEqualTo(LocalDate.of(2021, 1, 28));
        assertThat(firstPublications.ofAgencyAndChildren(agency.getId()))
                .containsEntry(new FirstPublications.Key(agency.getCode(), 2020), report.getPublishedAt());
    }

    @Test
    void anEnteredDateIsUsedWhenTheReportPrintsNone() {
        Agency agency = agency();
        byte[] file = PrintedReports.text(ReportReadingTest.Y2021, null).getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> importing.confirm(agency.getCode(), file, ImportFormat.TEXT, "a.txt", null, "admin"))
                .isInstanceOf(ImportException.class).hasMessageContaining("请填写发布日期");
        Boolean exists = tx.execute(s -> reports.existsByAgencyAndYear(agency, 2021));
        assertThat(exists).isFalse();

        Report report = importing.confirm(agency.getCode(), file, ImportFormat.TEXT, "a.txt", LocalDate.of(2022, 2, 3),
                "admin");
        assertThat(report.getPublishedAt()).isEqualTo(LocalDate.of(2022, 2, 3).atStartOfDay(ZoneId.of("Asia/Shanghai"))
                .toInstant());
    }

    @Test
    void aSecondImportOfTheSameYearIsRefusedAndLeavesNothingBehind() {
        Agency agency = agency();
        byte[] file = PrintedReports.text(ReportReadingTest.Y2021, "2022年1月20日").getBytes(StandardCharsets.UTF_8);
        Report first = importing.confirm(agency.getCode(), file, ImportFormat.TEXT, "a.txt", null, "admin");
        long stored = imports.count();
        assertThatThrownBy(() -> importing.confirm(agency.getCode(), file, ImportFormat.TEXT, "a.txt", null, "admin"))
                .isInstanceOf(ImportException.class).hasMessageContaining("已在本系统中");
        java.util.List<Long> revisions = tx.execute(s -> reports.findRevisions(agency.getCode(), 2021).stream()
                .map(Report::getId).toList());
        assertThat(revisions).containsExactly(first.getId());
        assertThat(imports.existsById(first.getId())).isTrue();
        assertThat(imports.count()).isGreaterThanOrEqualTo(stored);
    }
}
