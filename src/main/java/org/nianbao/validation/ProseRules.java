package org.nianbao.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.nianbao.statutory.ReportContent;
import org.nianbao.statutory.Section;
import org.nianbao.statutory.TextRule;
import org.nianbao.text.Text;

/**
 * T3 and T4: the rules the edition declares on its prose sections ({@link org.nianbao.statutory.Edition#textRules()}):
 * a length limit (T3, only in the 2021 edition) and words a section must contain (T4).
 */
final class ProseRules {

    private ProseRules() {
    }

    static List<Finding> check(ReportContent report) {
        List<Finding> findings = new ArrayList<>();
        for (TextRule rule : report.edition().textRules()) {
            Optional<String> heading = report.edition().section(rule.section()).map(Section::heading);
            if (heading.isEmpty()) {
                continue;
            }
            String text = report.section(rule.section());
            if (rule.isLength()) {
                int length = length(text);
                if (length > rule.limit()) {
                    findings.add(prose(rule.rule(),
                            Text.of("finding.t3.too-long", heading.get(), length, rule.words())));
                }
            } else if (!text.contains(rule.words())) {
                findings.add(prose(rule.rule(),
                        Text.of("finding.t4.missing", heading.get(), rule.words(), rule.missing())));
            }
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

    private static Finding prose(String rule, String message) {
        return new Finding(rule, Severity.WARNING, null, List.of(), null, null, null, message + Texts.ruleSuffix(rule));
    }
}
