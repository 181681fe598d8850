package org.nianbao.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.nianbao.PortalTest;
import org.nianbao.publishing.Publisher;
import org.nianbao.publishing.ReportFile;
import org.nianbao.publishing.ReportFileRepository;
import org.nianbao.report.Report;
import org.nianbao.report.ReportRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;

/** The stored PDFs over HTTP: headers, conditional requests, revisions, 404, and the fingerprint on the page. */
@PortalTest
class ReportFilesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ReportRepository reports;

    @Autowired
    ReportFileRepository files;

    @Autowired
    TransactionTemplate tx;

    private ReportFile stored(String agency, int year) {
        return tx.execute(s -> {
            Report report = reports.findLatestPublished(agency, year).orElseThrow();
            return files.findById(new ReportFile.Key(report.getId(), "pdf")).orElseThrow();
        });
    }

    private Report latest(String agency, int year) {
        return tx.execute(s -> reports.findLatestPublished(agency, year).orElseThrow());
    }

    @Test
    void latestPdfIsTheStoredFileWithCachingHeaders() throws Exception {
        ReportFile file = stored("songxian-luhun", 2021);
        Report report = latest("songxian-luhun", 2021); // other tests in this JVM may publish corrections
        Instant published = report.getPublishedAt();
        MvcResult result = mvc.perform(get("/reports/songxian-luhun/2021.pdf"))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"))
                .andExpect(header().string(HttpHeaders.ETAG, "\"" + file.getSha256() + "\""))
                .andExpect(header().string(HttpHeaders.LAST_MODIFIED,
                        DateTimeFormatter.RFC_1123_DATE_TIME.format(published.atOffset(ZoneOffset.UTC))))
                .andExpect(header().string(HttpHeaders.CACHE_CONTROL, "max-age=3600, public"))
                .andReturn();
        assertThat(result.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION))
                .startsWith("inline; filename=\"songxian-luhun-2021-r" + report.getRevision()
                        + ".pdf\"; filename*=UTF-8''")
                .contains("%E9%99%86%E6%B5%91%E9%95%87"); // 陆浑镇
        byte[] body = result.getResponse().getContentAsByteArray();
        assertThat(body).isEqualTo(file.getContent());
        assertThat(Publisher.sha256(body)).isEqualTo(file.getSha256());
    }

    @Test
    void conditionalRequestsGetNotModified() throws Exception {
        String etag = "\"" + stored("songxian-luhun", 2021).getSha256() + "\"";
        mvc.perform(get("/reports/songxian-luhun/2021.pdf").header(HttpHeaders.IF_NONE_MATCH, etag))
                .andExpect(status().isNotModified())
                .andExpect(header().string(HttpHeaders.ETAG, etag))
                .andExpect(content().bytes(new byte[0]));
        mvc.perform(get("/reports/songxian-luhun/2021.pdf").header(HttpHeaders.IF_MODIFIED_SINCE,
                        DateTimeFormatter.RFC_1123_DATE_TIME.format(
                                latest("songxian-luhun", 2021).getPublishedAt().atOffset(ZoneOffset.UTC))))
                .andExpect(status().isNotModified());
        mvc.perform(get("/reports/songxian-luhun/2021.pdf").header(HttpHeaders.IF_NONE_MATCH, "\"other\""))
                .andExpect(status().isOk());
    }

    @Test
    void aRevisionIsServedByNumber() throws Exception {
        ReportFile file = stored("songxian-chengguan", 2022);
        byte[] body = mvc.perform(get("/reports/songxian-chengguan/2022/revisions/1.pdf"))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"))
                .andExpect(header().string(HttpHeaders.ETAG, "\"" + file.getSha256() + "\""))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(body).isEqualTo(file.getContent());
    }

    @Test
    void theWordDocumentIsServedToo() throws Exception {
        byte[] body = mvc.perform(get("/reports/songxian-luhun/2021.docx")).andExpect(status().isOk())
                .andExpect(content().contentType(
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
                .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION,
                        org.hamcrest.Matchers.startsWith("inline; filename=\"songxian-luhun-2021-r")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(body, 0, 2)).isEqualTo("PK");
        mvc.perform(get("/reports/songxian-luhun/2021/revisions/1.docx")).andExpect(status().isOk());
        mvc.perform(get("/reports/songxian-luhun/2021.doc")).andExpect(status().isNotFound());
    }

    @Test
    void unknownReportsAndRevisionsAreTheChinese404() throws Exception {
        for (String url : new String[] { "/reports/nowhere/2021.pdf", "/reports/songxian-luhun/2035.pdf",
                "/reports/songxian-luhun/2021/revisions/999.pdf", "/reports/nowhere/2021/revisions/1.pdf" }) {
            String html = mvc.perform(get(url)).andExpect(status().isNotFound())
                    .andReturn().getResponse().getContentAsString();
            assertThat(html).as(url).contains("没有找到");
        }
    }

    @Test
    void thePageLinksThePdfAndShowsTheFingerprintOfTheDownload() throws Exception {
        var page = Jsoup.parse(mvc.perform(get("/reports/songxian-chengguan/2022")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(page.select(".downloads a.pdf").attr("href")).isEqualTo("/reports/songxian-chengguan/2022.pdf");
        assertThat(page.select(".downloads a.pdf").text()).isEqualTo("下载 PDF");
        String shown = page.select(".downloads a.pdf + .fingerprint code").text();
        assertThat(page.select(".downloads a.pdf + .fingerprint").text()).contains("SHA-256：");
        byte[] download = mvc.perform(get("/reports/songxian-chengguan/2022.pdf")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(shown).isEqualTo(Publisher.sha256(download));
    }
}
