package org.nianbao.word;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.nianbao.PortalTest;
import org.nianbao.publishing.Publisher;
import org.nianbao.publishing.ReportView;
import org.nianbao.report.ReportRepository;
import org.nianbao.statutory.Section;
import org.nianbao.statutory.TableLayout;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** The Word document read back with POI: the text, and tables merged as the printed layout. */
@PortalTest
class ReportDocxTest {

    @Autowired
    ReportDocx docx;

    @Autowired
    ReportRepository reports;

    @Autowired
    TransactionTemplate tx;

    private ReportView view(String agency, int year) {
        return tx.execute(s -> ReportView.of(reports.findLatestPublished(agency, year).orElseThrow(), 4));
    }

    private static XWPFDocument read(byte[] bytes) throws Exception {
        return new XWPFDocument(new ByteArrayInputStream(bytes));
    }

    @Test
    void holdsTheTitleHeadingsAndEveryParagraph() throws Exception {
        ReportView luhun = view("songxian-luhun", 2021);
        try (XWPFDocument doc = read(docx.render(luhun))) {
            List<String> texts = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(texts.get(0)).isEqualTo(luhun.title());
            assertThat(texts.get(1)).isEqualTo("发布日期：" + luhun.publishedDate());
            for (Section section : luhun.sections()) {
                assertThat(texts).contains(section.heading());
                if (section.isProse()) {
                    assertThat(texts).containsAll(luhun.paragraphs(section));
                }
            }
            assertThat(doc.getTables()).hasSize(3);
            assertThat(doc.getProperties().getCoreProperties().getTitle()).isEqualTo(luhun.title());
        }
    }

    @Test
    void tablesMergeCellsAsThePrintedLayout() throws Exception {
        ReportView chengguan = view("songxian-chengguan", 2022);
        Section applications = chengguan.sections().get(2);
        TableLayout layout = chengguan.layout(applications);
        try (XWPFDocument doc = read(docx.render(chengguan))) {
            XWPFTable table = doc.getTables().get(1);
            assertThat(table.getRows()).hasSize(layout.lines().size());
            for (XWPFTableRow row : table.getRows()) {
                assertThat(row.getTableCells().stream().mapToInt(ReportDocxTest::gridSpan).sum())
                        .isEqualTo(layout.width());
            }
            TableLayout.Item note = layout.lines().get(0).items().get(0);
            XWPFTableCell corner = table.getRow(0).getCell(0);
            assertThat(corner.getText()).isEqualTo(note.text()).contains("勾稽关系");
            assertThat(gridSpan(corner)).isEqualTo(note.colspan()).isGreaterThan(1);
            assertThat(properties(corner).getVMerge().getVal()).isEqualTo(STMerge.RESTART);
            XWPFTableCell below = table.getRow(1).getCell(0);
            assertThat(properties(below).getVMerge().getVal()).isEqualTo(STMerge.CONTINUE);
            assertThat(gridSpan(below)).isEqualTo(note.colspan());

            XWPFTableRow received = table.getRows().stream()
                    .filter(r -> r.getCell(0).getText().equals("一、本年新收政府信息公开申请数量")).findFirst().orElseThrow();
            List<String> figures = received.getTableCells().stream().skip(1).map(XWPFTableCell::getText).toList();
            assertThat(figures).containsExactly("8", "1", "0", "0", "0", "0", "9");

            XWPFTableCell results = table.getRows().stream().flatMap(r -> r.getTableCells().stream())
                    .filter(c -> c.getText().equals("三、本年度办理结果")).findFirst().orElseThrow();
            assertThat(properties(results).getVMerge().getVal()).isEqualTo(STMerge.RESTART);
        }
    }

    private static CTTcPr properties(XWPFTableCell cell) {
        return cell.getCTTc().getTcPr();
    }

    private static int gridSpan(XWPFTableCell cell) {
        CTTcPr pr = cell.getCTTc().getTcPr();
        return pr != null && pr.isSetGridSpan() ? ((BigInteger) pr.getGridSpan().getVal()).intValue() : 1;
    }

    @Test
    void sameRevisionGivesTheSameBytesAndIsDatedByItsPublication() throws Exception {
        ReportView luhun = view("songxian-luhun", 2021);
        byte[] first = docx.render(luhun);
        Thread.sleep(2100); // a zip entry's time has a resolution of 2 s
        assertThat(Publisher.sha256(docx.render(luhun))).isEqualTo(Publisher.sha256(first));
        try (XWPFDocument doc = read(first)) {
            var core = doc.getProperties().getCoreProperties();
            assertThat(core.getCreated().toInstant()).isEqualTo(luhun.publishedAt());
            assertThat(core.getModified().toInstant()).isEqualTo(luhun.publishedAt());
        }
    }
}
