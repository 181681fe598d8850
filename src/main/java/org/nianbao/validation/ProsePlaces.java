package org.nianbao.validation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nianbao.statutory.ReportContent;
import org.nianbao.statutory.Section;
import org.nianbao.text.Text;

/**
 * T5 and T6: text carried over from another report. T5: a year other than the report's used as the period of the
 * work (现将2022年度…, 本单位2022年度…, a sentence opening 2022年，…, 2022年共收到…); the next year is allowed in plans
 * (五、存在的主要问题及改进情况, or a sentence with 将, 计划, 下一步…). T6: another agency named in the prose — 办事处 in
 * a report that is not a 街道办事处's, 「结合X实际」 where X is not this agency, or the name of another agency the
 * portal knows.
 */
final class ProsePlaces {

    private static final String YEAR = "((?:19|20)[0-9]{2})年度?";
    private static final String SELF = "(?:本单位|本机关|我单位|我机关|本部门|我部门|我镇|本镇|全镇|我乡|本乡|全乡|我县|本县|全县|我区|"
            + "本区|全区|我市|本市|全市|我局|本局|全局|我委|本委|我办|本办|我街道|本街道|全街道)";
    private static final List<Pattern> PERIOD = List.of(
            Pattern.compile("现将" + YEAR),
            Pattern.compile(SELF + YEAR),
            Pattern.compile("(?:^|[。！？\\n])\\s*" + YEAR + "(?:全年)?[，,]"),
            Pattern.compile(YEAR + "(?:全年)?(?:共|累计)?(?:主动公开|收到|新收|受理|办结|答复|制发)"));
    private static final Pattern COMPARISON = Pattern.compile("较|比|与|同|自|从|截至|至|到|于");
    private static final Pattern PLAN = Pattern.compile("将|计划|拟|下一步|明年|今后|力争|预计|打算");
    private static final Pattern SENTENCE_END = Pattern.compile("[。！？!?\\n]");
    private static final Pattern OFFICE = Pattern.compile("办事处");
    private static final Pattern PRACTICE = Pattern.compile("结合([\\p{IsHan}]{1,6}?)的?实际");
    private static final Pattern OWN_WORDS = Pattern.compile("^(?:我|本|全|该|各|自身|自己|当地|本地|地方|基层|实际|单位|部门|具体)"
            + "|工作|情况|发展|需要|需求|特点|群众|业务|振兴|镇情|乡情|县情|区情|市情|职能|职责");

    private ProsePlaces() {
    }

    static List<Finding> years(ReportContent report) {
        List<Finding> findings = new ArrayList<>();
        for (Section section : report.edition().proseSections()) {
            String text = report.section(section.code());
            for (Pattern pattern : PERIOD) {
                Matcher m = pattern.matcher(text);
                while (m.find()) {
                    int year = Integer.parseInt(m.group(1));
                    int start = m.start(1);
                    int end = m.end(1) + 1;
                    String before = text.substring(Math.max(0, start - 3), start);
                    if (COMPARISON.matcher(before).find() || text.startsWith("以来", end)) {
                        continue;
                    }
                    String sentence = sentence(text, start, end);
                    boolean plan = year == report.year() + 1
                            && (section.code().equals("problems") || PLAN.matcher(sentence).find());
                    if (year != report.year() && !plan && findings.stream().noneMatch(f -> f.span().start() == start
                            && f.span().section().equals(section.code()))) {
                        findings.add(new Finding("T5", Severity.WARNING, null, List.of(), null, null, null,
                                Text.of("finding.t5.other-year", sentence, year, report.year())
                                        + Texts.ruleSuffix("T5"), TextSpan.of(section.code(), text, start, end)));
                    }
                }
            }
        }
        findings.sort(java.util.Comparator.comparing((Finding f) -> f.span().section())
                .thenComparingInt(f -> f.span().start()));
        return findings;
    }

    static List<Finding> agencies(ReportContent report) {
        List<Finding> findings = new ArrayList<>();
        String own = report.agencyName() == null ? "" : report.agencyName();
        String stem = stem(own);
        for (Section section : report.edition().proseSections()) {
            String text = report.section(section.code());
            if (!own.contains("办事处") && !own.contains("街道")) {
                Matcher m = OFFICE.matcher(text);
                while (m.find()) {
                    findings.add(agency(section, text, m.start(), m.end(), Text.of("finding.t6.office", own)));
                }
            }
            Matcher m = PRACTICE.matcher(text);
            while (m.find()) {
                String place = m.group(1);
                if (!OWN_WORDS.matcher(place).find() && (stem.isEmpty() || !place.contains(stem))
                        && !own.contains(place)) {
                    findings.add(agency(section, text, m.start(1), m.end(1),
                            Text.of("finding.t6.practice", place, own)));
                }
            }
        }
        return findings;
    }

    /**
     * T6 for names the portal knows: each of {@code others} (full names of other agencies, not this one's nor its
     * parents') found in the prose, by its full name or its distinctive part (田湖 of 田湖镇人民政府).
     */
    static List<Finding> otherAgencies(ReportContent report, Collection<String> others) {
        List<Finding> findings = new ArrayList<>();
        String own = report.agencyName() == null ? "" : report.agencyName();
        for (Section section : report.edition().proseSections()) {
            String text = report.section(section.code());
            for (String other : others) {
                String stem = stem(other);
                String name = stem.length() >= 2 && !own.contains(stem) ? stem : other;
                if (own.contains(name)) {
                    continue;
                }
                int at = text.indexOf(name);
                while (at >= 0) {
                    findings.add(agency(section, text, at, at + name.length(),
                            Text.of("finding.t6.other-agency", name, other)));
                    at = text.indexOf(name, at + name.length());
                }
            }
        }
        return findings;
    }

    /** The distinctive part of an agency's name: 陆浑 of 陆浑镇人民政府, 嵩县 of 嵩县人民政府; a department keeps its name. */
    static String stem(String name) {
        String stem = name.replaceFirst("(?:人民政府|政府|街道办事处|办事处)$", "");
        if (stem.equals(name)) {
            return name;
        }
        String shorter = stem.replaceFirst("(?:镇|乡|街道)$", "");
        return shorter.length() >= 2 ? shorter : stem;
    }

    private static Finding agency(Section section, String text, int start, int end, String what) {
        return new Finding("T6", Severity.WARNING, null, List.of(), null, null, null,
                "「" + sentence(text, start, end) + "」：" + what + Texts.ruleSuffix("T6"),
                TextSpan.of(section.code(), text, start, end));
    }

    private static String sentence(String text, int start, int end) {
        int from = 0;
        Matcher m = SENTENCE_END.matcher(text);
        while (m.find() && m.start() < start) {
            from = m.end();
        }
        int to = m.find(end) ? m.end() : text.length();
        return ProseFigures.around(text, from, to, start, end);
    }
}
