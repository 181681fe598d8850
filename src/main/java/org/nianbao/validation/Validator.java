package org.nianbao.validation;

import java.util.ArrayList;
import java.util.List;
import org.nianbao.statutory.ReportContent;

/**
 * Checks a report against the rules of its edition. Pure: no web, no database. Everything is read from the edition's
 * declaration; the findings come in a fixed order: value domains (V1, V2), blanks (B1), the sum rules (R1–R4, in
 * the order the tables declare their identities), the cross-year rules (R5–R7), then the prose rules (T3, T4).
 */
public final class Validator {

    private Validator() {
    }

    /**
     * Every finding on {@code report}; {@code previous} is the same agency's report on the year before, or null
     * when it is not known (the cross-year rules R5–R7 then do not run).
     */
    public static List<Finding> validate(ReportContent report, ReportContent previous) {
        List<Finding> findings = new ArrayList<>();
        findings.addAll(CellRules.values(report));
        findings.addAll(CellRules.blanks(report));
        findings.addAll(SumRules.check(report));
        findings.addAll(CrossYearRules.check(report, previous));
        findings.addAll(ProseRules.check(report));
        return List.copyOf(findings);
    }
}
