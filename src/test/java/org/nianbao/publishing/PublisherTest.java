package org.nianbao.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.PortalTest;
import org.nianbao.report.Report;
import org.nianbao.report.ReportRepository;
import org.nianbao.report.ReportStatus;
import org.nianbao.report.WorkflowException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** Publication stores each revision's PDF once, with its SHA-256; the stored file never changes. */
@PortalTest
class PublisherTest {

    @Autowired
    Publisher publisher;

    @Autowired
    ReportRepository reports;

    @Autowired
    ReportFileRepository files;

    @Autowired
    List<RevisionRenderer> renderers;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyPublishedDemoReportHasItsPdfStoredWithItsSha256() {
        tx.executeWithoutResult(s -> {
            RevisionRenderer pdf = renderers.stream().filter(r -> r.kind().equals("pdf")).findFirst().orElseThrow();
            for (Report report : reports.findLatestPublished()) {
                for (RevisionRenderer renderer : renderers) {
                    ReportFile file = files.findById(new ReportFile.Key(report.getId(), renderer.kind()))
                            .orElseThrow();
                    assertThat(file.getSha256()).isEqualTo(Publisher.sha256(file.getContent())).hasSize(64);
                }
                byte[] bytes = files.findById(new ReportFile.Key(report.getId(), "pdf")).orElseThrow().getContent();
                assertThat(new String(bytes, 0, 5)).isEqualTo("%PDF-");
                List<Report> revisions = reports.findRevisions(report.getAgency().getCode(), report.getYear());
                assertThat(pdf.render(ReportView.of(report, revisions, 4))).as("rendering again gives the stored bytes")
                        .isEqualTo(bytes);
            }
        });
    }

    @Test
    void aPublishedRevisionCannotBePublishedAgain() {
        tx.executeWithoutResult(s -> {
            Report report = reports.findLatestPublished("songxian-luhun", 2021).orElseThrow();
            Instant before = report.getPublishedAt();
            assertThatThrownBy(() -> publisher.publish(report, Instant.now()))
                    .isInstanceOf(WorkflowException.class).hasMessage("这一版已经发布");
            assertThat(report.getPublishedAt()).isEqualTo(before);
            assertThat(report.getStatus()).isEqualTo(ReportStatus.PUBLISHED);
            s.setRollbackOnly();
        });
    }

    @Test
    void theDatabaseRefusesToChangeAStoredFile() {
        assertThatThrownBy(() -> jdbc.update("update report_file set content = ?", (Object) new byte[] { 1 }))
                .hasMessageContaining("immutable");
        assertThat(jdbc.queryForObject("select count(*) from report_file where kind = 'pdf'", Long.class))
                .isGreaterThanOrEqualTo(4);
    }
}
