package org.nianbao.rollup;

import java.util.List;
import org.nianbao.agency.AgencyKind;
import org.nianbao.statutory.ReportContent;
import org.nianbao.text.Text;

/**
 * The sum (汇总) of the published reports of the agencies below a government on a year: every count and amount in
 * the statutory layout, with the agencies included, those missing (no published report) and those included whose
 * own report breaks R1–R4 (included, but marked).
 *
 * @param allLevels whether every level below counts, or only the agencies directly under the government
 * @param content   the summed figures; a cell is blank when it is blank in any included report (never read as 0)
 */
public record Rollup(Member government, int year, boolean allLevels, ReportContent content, List<Member> included,
        List<Member> missing, List<Member> failing) {

    /** An agency below the government (depth 1 = directly under it). */
    public record Member(String code, String name, AgencyKind kind, int depth, String parentName) {

        public String path() {
            return "/agencies/" + code;
        }

        public String reportPath(int year) {
            return "/reports/" + code + "/" + year;
        }
    }

    /** Whether {@code code} is among the included agencies whose own report fails R1–R4. */
    public boolean isFailing(String code) {
        return failing.stream().anyMatch(m -> m.code().equals(code));
    }

    public String levelsLabel() {
        return Text.of(allLevels ? "rollup.levels.all" : "rollup.levels.direct");
    }
}
