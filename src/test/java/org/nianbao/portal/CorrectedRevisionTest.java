package org.nianbao.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nianbao.PortalTest;
import org.nianbao.agency.AgencyRepository;
import org.nianbao.exchange.ExchangeFormat;
import org.nianbao.pdf.PdfFiles;
import org.nianbao.publishing.Publisher;
import org.nianbao.report.ReportRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * A corrected revision states its number, date and 更正说明 in every form it is published in (page, PDF, Word,
 * JSON, CSV), and the page and PDF say what changed against the revision it supersedes.
 */
@PortalTest
class CorrectedRevisionTest {

    static final String CODE = "i12-corrected";
    static final String BASE = "/reports/" + CODE + "/2022";
    /** 表三, row 一 (本年新收), column 自然人, as the printed report names it. */
    static final String CELL = "表三 第一项 本年新收政府信息公开申请数量 · 自然人";

    @Autowired
    MockMvc mvc;

    @Autowired
    AgencyRepository agencies;

    @Autowired
    ReportRepository reports;

    @Autowired
    Publisher publisher;

    @Autowired
    TransactionTemplate tx;

    @BeforeEach
    void publishAndCorrect() {
        CorrectedReports.ensure(CODE, "更正测试镇人民政府", agencies, reports, publisher, tx);
    }

    private byte[] download(String path) throws Exception {
        return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    }

    private Document page(String path) throws Exception {
        return Jsoup.parse(new String(download(path), StandardCharsets.UTF_8));
    }

    @Test
    void theCorrectedPageStatesTheNoteAndWhatChanged() throws Exception {
        for (String path : List.of(BASE, BASE + "/revisions/2")) {
            Document page = page(path);
            assertThat(page.select("p.meta").text()).as(path).contains("2023年3月1日").contains("第 2 版");
            var correction = page.select("section.correction");
            assertThat(correction.select(".correction-summary").text())
                    .isEqualTo("本报告为第 2 版，2023年3月1日发布，更正2023年1月20日发布的第 1 版。");
            assertThat(correction.select(".correction-note").text()).isEqualTo(CorrectedReports.NOTE);
            assertThat(correction.select("table.changes tbody tr").eachText())
                    .contains(CELL + " 0 3", "表三 第一项 本年新收政府信息公开申请数量 · 总计 0 3");
            assertThat(correction.select(".changed-sections").text()).isEqualTo("文字有改动的部分：一、总体情况。");
        }
        assertThat(page(BASE + "/revisions/1").select("section.correction")).as("a first publication").isEmpty();
    }

    @Test
    void thePdfAndWordFilesOfTheCorrectionCarryItsNoteAndChanges() throws Exception {
        String pdf = PdfFiles.compact(String.join("\n", PdfFiles.pages(download(BASE + "/revisions/2.pdf"))));
        assertThat(pdf).contains("第2版").contains("发布日期：2023年3月1日").contains("更正说明")
                .contains("本报告为第2版，2023年3月1日发布，更正2023年1月20日发布的第1版。")
                .contains(PdfFiles.compact(CorrectedReports.NOTE)).contains(PdfFiles.compact(CELL))
                .contains("文字有改动的部分：一、总体情况。");
        assertThat(PdfFiles.compact(String.join("\n", PdfFiles.pages(download(BASE + "/revisions/1.pdf")))))
                .doesNotContain("更正说明");

        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(download(BASE + "/revisions/2.docx")));
                XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            assertThat(text.getText()).contains("发布日期：2023年3月1日 · 第 2 版").contains(CorrectedReports.NOTE)
                    .contains(CELL + "：0 → 3").contains("文字有改动的部分：一、总体情况。");
        }
    }

    @Test
    void theJsonAndCsvOfEachRevisionStateItsPlaceInTheRecord() throws Exception {
        JsonNode second = ExchangeFormat.parse(new String(download(BASE + "/revisions/2.json"), StandardCharsets.UTF_8));
        assertThat(second.get("revision").intValue()).isEqualTo(2);
        assertThat(second.get("published_at").stringValue()).isEqualTo("2023-03-01T09:30:00+08:00");
        assertThat(second.get("supersedes").intValue()).isEqualTo(1);
        assertThat(second.get("correction_note").stringValue()).isEqualTo(CorrectedReports.NOTE);
        assertThat(second.get("tables").get("applications").get("received").get("natural_person").intValue())
                .isEqualTo(3);
        assertThat(download(BASE + ".json")).as("the latest is revision 2").isEqualTo(download(BASE
                + "/revisions/2.json"));
        JsonNode first = ExchangeFormat.parse(new String(download(BASE + "/revisions/1.json"), StandardCharsets.UTF_8));
        assertThat(first.get("revision").intValue()).isEqualTo(1);
        assertThat(first.get("supersedes").isNull()).isTrue();
        assertThat(first.get("tables").get("applications").get("received").get("natural_person").intValue())
                .isEqualTo(0);

        String csv = new String(download(BASE + "/revisions/2.csv"), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFtable,row,column,row_label,column_label,value,revision,published_at,"
                + "supersedes,correction_note\r\n");
        assertThat(csv).contains("applications,received,natural_person,一、本年新收政府信息公开申请数量,申请人情况 / 自然人,3,2,"
                + "2023-03-01T09:30:00+08:00,1," + CorrectedReports.NOTE + "\r\n");
        assertThat(new String(download(BASE + "/revisions/1.csv"), StandardCharsets.UTF_8))
                .contains("applications,received,natural_person,一、本年新收政府信息公开申请数量,申请人情况 / 自然人,0,1,"
                        + "2023-01-20T10:00:00+08:00,,\r\n");
        assertThat(download(BASE + ".csv")).isEqualTo(download(BASE + "/revisions/2.csv"));
    }

    @Test
    void anUnpublishedOrUnknownRevisionHasNoFiles() throws Exception {
        for (String path : List.of(BASE + "/revisions/3.json", BASE + "/revisions/3.csv",
                BASE + "/revisions/3/SHA256SUMS", "/reports/nowhere/2022/revisions/1.csv")) {
            mvc.perform(get(path)).andExpect(status().isNotFound());
        }
    }
}
