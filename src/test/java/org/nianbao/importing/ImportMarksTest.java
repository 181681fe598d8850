package org.nianbao.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.nianbao.agency.Agency;
import org.nianbao.agency.AgencyKind;
import org.nianbao.agency.AgencyRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** Public pages mark a revision that came from an import 「导入」, with its original file downloadable. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class ImportMarksTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ImportPublishing importing;

    @Autowired
    AgencyRepository agencies;

    @Test
    void anImportedRevisionIsMarkedOnTheReportRevisionAndAgencyPagesWithItsOriginalFile() throws Exception {
        Agency county = agencies.findByCode("songxian").orElseThrow();
        String code = "i10m-" + UUID.randomUUID().toString().substring(0, 8);
        Agency agency = agencies.saveAndFlush(new Agency(code, "标记" + code + "镇人民政府", AgencyKind.TOWNSHIP, county));
        byte[] file = PrintedReports.text(ReportReadingTest.Y2021, "2022年1月25日").getBytes(StandardCharsets.UTF_8);
        importing.confirm(code, file, ImportFormat.TEXT, "陆浑2021年报.txt", null, "admin");

        for (String path : new String[] {"/reports/" + code + "/2021", "/reports/" + code + "/2021/revisions/1"}) {
            Document page = Jsoup.parse(mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsString());
            assertThat(page.select(".imported-mark strong").text()).as(path).isEqualTo("导入");
            assertThat(page.select(".imported-mark a.original").attr("href")).as(path)
                    .isEqualTo("/reports/" + code + "/2021/revisions/1/original");
            assertThat(page.select(".imported-mark a.original").text()).as(path).contains("陆浑2021年报.txt");
        }
        mvc.perform(get("/reports/" + code + "/2021/revisions/1/original"))
                .andExpect(status().isOk()).andExpect(content().bytes(file));

        Document agencyPage = Jsoup.parse(mvc.perform(get("/agencies/" + code)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString());
        assertThat(agencyPage.select("tr:has(th:contains(2021 年度)) .imported-mark").text()).isEqualTo("导入");
        assertThat(agencyPage.select(".imported-mark")).hasSize(1);
    }

    @Test
    void aReportWrittenInThePortalCarriesNoMarkAndNoOriginal() throws Exception {
        Document page = Jsoup.parse(mvc.perform(get("/reports/songxian-luhun/2021")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(page.select(".imported-mark")).isEmpty();
        mvc.perform(get("/reports/songxian-luhun/2021/revisions/1/original")).andExpect(status().isNotFound());
        Document agencyPage = Jsoup.parse(mvc.perform(get("/agencies/songxian-luhun")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(agencyPage.select(".imported-mark")).isEmpty();
    }
}
