package org.nianbao.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.nianbao.PortalTest;
import org.nianbao.agency.Agency;
import org.nianbao.agency.AgencyRepository;
import org.nianbao.report.Report;
import org.nianbao.report.ReportRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/** The rule-pack admin page, 考核预检 of a report and a county's quality board with its XLSX, over MockMvc. */
@PortalTest
@Transactional
class QualityPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService staff;
    @Autowired
    AgencyRepository agencies;
    @Autowired
    ReportRepository reports;
    @Autowired
    RulePacks packs;
    @Autowired
    QualitySettings settings;

    Document page(org.springframework.test.web.servlet.RequestBuilder request, int status) throws Exception {
        return Jsoup.parse(mvc.perform(request).andExpect(status().is(status)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void aWrongPackIsRefusedWithItsLineAndFieldAndWhatWasTypedIsKept() throws Exception {
        String typed = "name: 错误的规则包\nrules:\n  - id: a\n    kind: maxlen\n    points: 1\n";
        int before = packs.list().size();

        Document page = page(post("/admin/rule-packs").with(csrf()).with(user(staff.loadUserByUsername("admin")))
                .param("source", typed), 422);

        assertThat(page.select("#pack-errors li").eachText()).contains(
                "第 4 行 rules[0].kind：未知的规则类型“maxlen”，应为 max_length、min_length、required_mentions、finding 之一");
        assertThat(page.select("#source").text()).isEqualTo(typed.strip());
        assertThat(packs.list()).hasSize(before);
        assertThat(packs.inForce().pack().name()).isNotEqualTo("错误的规则包");
    }

    @Test
    void anUploadedFileIsPutInForce() throws Exception {
        MockMultipartFile file = new MockMultipartFile("file", "pack.json", "application/json",
                "{\"name\": \"上传的规则包\", \"rules\": [{\"id\": \"c\", \"kind\": \"finding\", \"findings\": [\"T2\"], \"points\": 5}]}"
                        .getBytes(StandardCharsets.UTF_8));

        mvc.perform(multipart("/admin/rule-packs").file(file).with(csrf())
                .with(user(staff.loadUserByUsername("admin")))).andExpect(status().is3xxRedirection());

        assertThat(packs.inForce().pack().name()).isEqualTo("上传的规则包");
        assertThat(packs.inForce().sample()).isFalse();
    }

    @Test
    void aThresholdThatIsNotAPercentageIsExplainedBesideTheField() throws Exception {
        int before = settings.copiedThreshold();

        Document page = page(post("/admin/rule-packs/threshold").with(csrf())
                .with(user(staff.loadUserByUsername("admin"))).param("threshold", "百分之六十"), 422);

        assertThat(page.select("#threshold-error").text()).isEqualTo("请填写 1 到 100 之间的整数");
        assertThat(page.select("#threshold").val()).isEqualTo("百分之六十");
        assertThat(settings.copiedThreshold()).isEqualTo(before);
    }

    @Test
    void onlyAnAdministratorManagesRulePacks() throws Exception {
        mvc.perform(get("/admin/rule-packs").with(user(staff.loadUserByUsername("editor.luhun"))))
                .andExpect(status().isForbidden());
    }

    @Test
    void theBoardListsEveryAgencyWithItsFindingsCopiedShareTimelinessAndDeductionWithEvidence() throws Exception {
        Agency jia = QualityFixtures.township(agencies, "q15-jia", "甲山镇人民政府");
        Agency yi = QualityFixtures.township(agencies, "q15-yi", "乙水镇人民政府");
        QualityFixtures.township(agencies, "q15-wu", "戊原乡人民政府");
        String problems = "政务公开专栏更新不及时，部分栏目内容陈旧。下一步将明确专人负责栏目维护，每周检查一次。";
        QualityFixtures.publish(reports, jia, 2021, "本镇开展了政务公开培训。", problems,
                Instant.parse("2022-01-20T02:00:00Z"));
        Report copied = QualityFixtures.publish(reports, jia, 2022, "本单位2021年度主动公开信息30条。", problems,
                Instant.parse("2023-03-05T02:00:00Z"));
        QualityFixtures.publish(reports, yi, 2022, "本镇通过网站发布信息20条，政务新媒体发布10条，政府公报转载3期。",
                "培训不足，将每季度组织一次专题培训。", Instant.parse("2023-01-10T02:00:00Z"));

        Document board = page(get("/staff/quality/q15/2022").with(user(staff.loadUserByUsername("auditor"))), 200);

        assertThat(board.select("tbody th").eachText()).startsWith("甲山镇人民政府");
        assertThat(board.select("tbody th").eachText()).contains("乙水镇人民政府", "戊原乡人民政府");
        String jiaLine = board.select("tbody tr").first().text();
        assertThat(jiaLine).contains("T2×1", "T5×1", "100%（甲山镇人民政府2021年报告）", "逾期",
                "与往年或其他单位雷同（−5）", "以2021年作为工作期间");
        assertThat(board.select("tbody tr").last().text()).contains("戊原乡人民政府", "未填报");

        Document byName = page(get("/staff/quality/q15/2022").param("sort", "name")
                .with(user(staff.loadUserByUsername("auditor"))), 200);
        assertThat(byName.select("tbody th").eachText()).containsExactly("乙水镇人民政府", "戊原乡人民政府", "甲山镇人民政府");

        byte[] xlsx = mvc.perform(get("/staff/quality/q15/2022.xlsx").with(user(staff.loadUserByUsername("auditor"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(7).getStringCellValue()).isEqualTo("预计扣分");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("甲山镇人民政府");
            assertThat(sheet.getRow(1).getCell(4).getNumericCellValue()).isEqualTo(100.0);
            assertThat(sheet.getRow(1).getCell(8).getStringCellValue()).contains("与往年或其他单位雷同（−5）");
        }

        Document assessment = page(get("/staff/reports/" + copied.getId() + "/assessment")
                .with(user(staff.loadUserByUsername("auditor"))), 200);
        assertThat(assessment.select(".marks").text()).contains("与往年或其他单位雷同：扣 5 分");
        assertThat(assessment.select(".copy mark").eachText()).contains(problems);
    }

    @Test
    void aTownshipEditorCannotReadTheCountysBoard() throws Exception {
        mvc.perform(get("/staff/quality/songxian/2021").with(user(staff.loadUserByUsername("editor.luhun"))))
                .andExpect(status().isForbidden());
    }
}
