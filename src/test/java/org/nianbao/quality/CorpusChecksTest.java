package org.nianbao.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.PortalTest;
import org.nianbao.agency.Agency;
import org.nianbao.agency.AgencyRepository;
import org.nianbao.report.ReportRepository;
import org.nianbao.statutory.ReportContent;
import org.nianbao.validation.Finding;
import org.nianbao.validation.Severity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/** T2 (copied text, boilerplate derived from the corpus) and T6 for other agencies, against the real database. */
@PortalTest
@Transactional
class CorpusChecksTest {

    static final Instant AT = Instant.parse("2022-01-20T02:00:00Z");
    static final String SHARED = "坚持以公开为常态、不公开为例外，推进决策、执行、管理、服务、结果公开。";
    static final String LAST_YEAR_PROBLEMS = "政务公开专栏更新不及时，部分栏目内容陈旧。下一步将明确专人负责栏目维护，每周检查一次，"
            + "确保信息准确及时。";

    @Autowired
    AgencyRepository agencies;
    @Autowired
    ReportRepository reports;
    @Autowired
    CorpusChecks checks;
    @Autowired
    CopiedText copiedText;
    @Autowired
    QualitySettings settings;

    Agency jia;

    void corpus() {
        jia = QualityFixtures.township(agencies, "q15-jia", "甲山镇人民政府");
        Agency yi = QualityFixtures.township(agencies, "q15-yi", "乙水镇人民政府");
        Agency bing = QualityFixtures.township(agencies, "q15-bing", "丙河乡人民政府");
        Agency ding = QualityFixtures.township(agencies, "q15-ding", "丁岭镇人民政府");
        QualityFixtures.publish(reports, jia, 2021, SHARED + "本镇开展了政务公开培训。", LAST_YEAR_PROBLEMS, AT);
        QualityFixtures.publish(reports, yi, 2022, SHARED + "乙水镇围绕乡村振兴，建设了村务公开栏二十八个，群众满意度明显提升。",
                "村级公开栏内容更新慢，将建立月度检查制度并通报结果，推动各村按时公开财务和项目信息。", AT.plusSeconds(86_400 * 365));
        QualityFixtures.publish(reports, bing, 2022, SHARED + "丙河乡完善了信息发布审核流程。", "无", AT);
        QualityFixtures.publish(reports, ding, 2022, SHARED + "丁岭镇加强了政务新媒体管理。", "无", AT);
    }

    @Test
    void aSectionCopiedFromLastYearIsAWarningWithItsShareAndItsSource() {
        corpus();
        ReportContent report = QualityFixtures.content(jia, 2022, SHARED + "本镇今年新建了政务公开专区一处，配备查阅终端两台。",
                LAST_YEAR_PROBLEMS);

        List<Finding> t2 = checks.findings(report).stream().filter(f -> QualityFixtures.is(f, "T2")).toList();

        assertThat(t2).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.span().section()).isEqualTo("problems");
            assertThat(f.message()).isEqualTo("五、存在的主要问题及改进情况有 100% 的文字与甲山镇人民政府2021年报告相同（除去各报告共有的套话），"
                    + "达到50% 的上限（T2）");
        });
    }

    @Test
    void theSentenceEveryReportSharesIsBoilerplateAndNotCopied() {
        corpus();
        ReportContent report = QualityFixtures.content(jia, 2022, SHARED + "本镇今年新建了政务公开专区一处，配备查阅终端两台。", "无");

        List<CopiedText.Copy> copies = copiedText.copies(report);

        assertThat(copies).filteredOn(c -> c.section().equals("overview")).isEmpty();
    }

    @Test
    void aPassageCopiedFromAnotherAgencyOfTheSameYearIsHighlightedSideBySide() {
        corpus();
        String copied = "乙水镇围绕乡村振兴，建设了村务公开栏二十八个，群众满意度明显提升。";
        ReportContent report = QualityFixtures.content(jia, 2022, "本镇开展了政务公开培训三次，" + copied, "无");

        CopiedText.Copy copy = copiedText.copies(report).stream().filter(c -> c.section().equals("overview"))
                .findFirst().orElseThrow();

        assertThat(copy.source()).isEqualTo("乙水镇人民政府2022年报告");
        assertThat(copy.percent()).isBetween(60, 80);
        assertThat(copy.text()).filteredOn(Shingles.Segment::copied).extracting(Shingles.Segment::text)
                .containsExactly(copied);
        assertThat(copy.sourceText()).filteredOn(Shingles.Segment::copied).extracting(Shingles.Segment::text)
                .containsExactly(copied);

        settings.setCopiedThreshold(80);
        try {
            assertThat(copiedText.findings(report)).isEmpty();
            settings.setCopiedThreshold(60);
            assertThat(copiedText.findings(report)).hasSize(1);
        } finally {
            settings.setCopiedThreshold(50);
        }
    }

    @Test
    void anotherTownshipOfTheCountyNamedInTheProseIsReportedButTheCountyIsNot() {
        corpus();
        ReportContent report = QualityFixtures.content(jia, 2022, "在丙县统一部署下，本镇学习乙水镇做法，完善了公开制度。", "无");

        assertThat(checks.findings(report)).filteredOn(f -> QualityFixtures.is(f, "T6")).singleElement()
                .satisfies(f -> assertThat(f.message()).isEqualTo(
                        "「在丙县统一部署下，本镇学习乙水镇做法，完善了公开制度。」：提到其他单位“乙水”（乙水镇人民政府），可能沿用了该单位报告的文字（T6）"));
    }
}
