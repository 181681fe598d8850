package org.nianbao.editing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nianbao.PortalTest;
import org.nianbao.agency.AgencyRepository;
import org.nianbao.report.Report;
import org.nianbao.report.ReportRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/** Staff get PDFs of drafts and previews, marked 草稿 or 预览 on every page, never cached. */
@PortalTest
@Transactional
class DraftPdfTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ReportRepository reports;
    @Autowired
    AgencyRepository agencies;
    @Autowired
    UserDetailsService staff;

    @ParameterizedTest
    @CsvSource({".pdf, 草稿", "/preview.pdf, 预览"})
    void everyPageOfADraftPdfCarriesItsMark(String suffix, String mark) throws Exception {
        Report draft = reports.save(new Report(agencies.findByCode("songxian-luhun").orElseThrow(), 2025));
        byte[] pdf = mvc.perform(get("/staff/reports/" + draft.getId() + suffix)
                        .with(user(staff.loadUserByUsername("editor.luhun"))))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Cache-Control", "no-store"))
                .andReturn().getResponse().getContentAsByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(2);
            PDFTextStripper text = new PDFTextStripper();
            for (int page = 1; page <= doc.getNumberOfPages(); page++) {
                text.setStartPage(page);
                text.setEndPage(page);
                assertThat(text.getText(doc)).as("page " + page).contains(mark);
            }
            text.setStartPage(1);
            text.setEndPage(1);
            assertThat(text.getText(doc)).contains("陆浑镇人民政府2025年政府信息公开工作年度报告");
        }
    }

    @ParameterizedTest
    @CsvSource({"editor.luhun, 200", "auditor, 200", "admin, 403"})
    void onlyStaffWhoMayReadTheDraftGetItsPdf(String username, int expected) throws Exception {
        Report draft = reports.save(new Report(agencies.findByCode("songxian-luhun").orElseThrow(), 2025));
        int actual = mvc.perform(get("/staff/reports/" + draft.getId() + ".pdf")
                .with(user(staff.loadUserByUsername(username)))).andReturn().getResponse().getStatus();
        assertThat(actual).isEqualTo(expected);
    }
}
