package org.nianbao.api;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.nianbao.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@PortalTest
class ImportApiTest {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @Autowired
    MockMvc mvc;

    static byte[] sample() throws Exception {
        return Files.readAllBytes(Path.of("src", "test", "resources", "samples", "luhun-2021.txt"));
    }

    @Test
    void theSampleAsTextAnswersTheExchangeFormatWithTheAgencyFoundByName() throws Exception {
        mvc.perform(post("/api/v1/import").contentType("text/plain;charset=UTF-8").content(sample()))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.report.agency.name").value("陆浑镇人民政府"))
                .andExpect(jsonPath("$.report.agency.code").value("songxian-luhun"))
                .andExpect(jsonPath("$.report.year").value(2021))
                .andExpect(jsonPath("$.report.edition").value("2021"))
                .andExpect(jsonPath("$.report.tables.proactive.licensing.decisions").value(5))
                .andExpect(jsonPath("$.report.tables.proactive.penalty.decisions").value(1))
                .andExpect(jsonPath("$.report.sections.other_matters").value("无"))
                .andExpect(jsonPath("$.errorCount").value(0))
                .andExpect(jsonPath("$.unrecognised").isEmpty())
                .andExpect(jsonPath("$.approximate").isEmpty());
    }

    @Test
    void aWrongSumIsAnsweredAsPrintedWithItsFinding() throws Exception {
        String text = new String(sample(), StandardCharsets.UTF_8).replace(
                "一、本年新收政府信息公开申请数量\t\t0\t", "一、本年新收政府信息公开申请数量\t\t4\t");
        mvc.perform(post("/api/v1/import").contentType("text/plain").content(text.getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.report.tables.applications.received.natural_person").value(4))
                .andExpect(jsonPath("$.report.tables.applications.received.total").value(0))
                .andExpect(jsonPath("$.valid").value(false))
                .andExpect(jsonPath("$.findings[?(@.rule == 'R3')]").isNotEmpty())
                .andExpect(jsonPath("$.findings[?(@.rule == 'R1')]").isNotEmpty());
    }

    @Test
    void aMistypedLabelIsListedUnderReadAs() throws Exception {
        String text = new String(sample(), StandardCharsets.UTF_8).replace("2.其他法律行政法规禁止公开",
                "2.其他法律行政止公开");
        mvc.perform(post("/api/v1/import").contentType("text/plain").content(text.getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.readAs[0].printed").value("2.其他法律行政止公开"))
                .andExpect(jsonPath("$.readAs[0].message", containsString("读作")));
    }

    @Test
    void textThatIsNotAReportIs400WithAChineseMessage() throws Exception {
        mvc.perform(post("/api/v1/import").contentType("text/plain").content("你好".getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail", containsString("未找到报告标题")));
    }

    @Test
    void aDamagedWordFileOrPdfIs400NotA500() throws Exception {
        byte[] garbage = "PK\u0003\u0004 not really a zip".getBytes(StandardCharsets.ISO_8859_1);
        mvc.perform(post("/api/v1/import").contentType(DOCX).content(garbage))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("Word")));
        mvc.perform(post("/api/v1/import").contentType("application/pdf").content(garbage))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("PDF")));
    }

    @Test
    void anUnfilledSpreadsheetIs400NamingTheSheetAndCell() throws Exception {
        byte[] template = org.nianbao.importing.XlsxTemplate.of(org.nianbao.statutory.Edition.E2021);
        mvc.perform(post("/api/v1/import")
                        .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                        .content(template))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("工作表「封面」B1")));
    }

    @Test
    void anOversizedBodyIs413AndAnUnknownTypeIs415() throws Exception {
        mvc.perform(post("/api/v1/import").contentType("text/plain").content(new byte[ImportApi.MAX_BODY_BYTES + 1]))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(jsonPath("$.detail", containsString("上限")));
        mvc.perform(post("/api/v1/import").contentType("image/png").content(new byte[10]))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.detail", containsString("text/plain")));
    }
}
