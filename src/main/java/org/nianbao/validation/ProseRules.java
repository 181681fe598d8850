package org.nianbao.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.nianbao.statutory.Edition;
import org.nianbao.statutory.ReportContent;
import org.nianbao.statutory.Section;

/** T3 and T4: rules on the prose sections. */
final class ProseRules {

    /** The 2021 format's "篇幅原则上不超过一千字" for 一、总体情况. */
    static final int OVERVIEW_LIMIT = 1000;

    /** What T4 looks for in 六、其他需要报告的事项. */
    static final String PROCESSING_FEE = "信息处理费";

    private ProseRules() {
    }

    static List<Finding> check(ReportContent report) {
        List<Finding> findings = new ArrayList<>();
        Optional<String> overview = heading(report.edition(), "overview");
        if (report.edition() == Edition.E2021 && overview.isPresent()) {
            int length = length(report.section("overview"));
            if (length > OVERVIEW_LIMIT) {
                findings.add(prose("T3", overview.get() + "共 " + length + " 字，超过一千字"));
            }
        }
        Optional<String> otherMatters = heading(report.edition(), "other_matters");
        if (otherMatters.isPresent() && !report.section("other_matters").contains(PROCESSING_FEE)) {
            findings.add(prose("T4", otherMatters.get() + "未说明" + PROCESSING_FEE + "的收取情况"));
        }
        return findings;
    }

    /**
     * The length of a text as T3 counts it: Unicode code points that are not whitespace, so every Chinese
     * character, digit, letter and punctuation mark counts one, while spaces (also the full-width 　), tabs and
     * line breaks between paragraphs do not. This is what a reader calls 字数, independent of how the text was
     * typed or pasted.
     */
    static int length(String text) {
        return (int) text.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)).count();
    }

    private static Optional<String> heading(Edition edition, String code) {
        return edition.sections().stream().filter(s -> s.code().equals(code)).map(Section::heading).findFirst();
    }

    private static Finding prose(String rule, String message) {
        return new Finding(rule, Severity.WARNING, null, List.of(), null, null, null, message + Texts.ruleSuffix(rule));
    }
}
