package org.nianbao.validation;

import java.util.ArrayList;
import java.util.List;
import org.nianbao.statutory.ReportContent;

/**
 * Checks a report against the rules of its edition. Pure: no web, no database. Everything is read from the edition's
 * declaration; the findings come in a fixed order: value domains (V1, V2), blanks (B1), the sum rules (R1–R4, in
 * the order the tables declare their identities), the cross-year rules (R5–R7), the prose rules (T3, T4), the prose
 * against the tables (T1), the year and the agency named in the prose (T5, T6), then plausibility (P1–P3).
 * T2 (copied text) and T6 for other agencies' names need the other reports: {@code org.nianbao.quality} adds them.
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
        findings.addAll(TextAgainstTables.check(report));
        findings.addAll(ProsePlaces.years(report));
        findings.addAll(ProsePlaces.agencies(report));
        findings.addAll(Plausibility.check(report, previous));
        return List.copyOf(findings);
    }

    /**
     * T6 for the agencies the caller knows: every place the prose of {@code report} names one of {@code others}
     * (the full names of agencies other than the report's own and those above it).
     */
    public static List<Finding> otherAgencies(ReportContent report, java.util.Collection<String> others) {
        return ProsePlaces.otherAgencies(report, others);
    }
}
