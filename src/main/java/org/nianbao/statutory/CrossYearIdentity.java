package org.nianbao.statutory;

import java.util.List;

/**
 * An identity between this year's figures and an earlier report's (R5–R7): {@code target} equals the signed sum of
 * {@code terms}. With {@link Identity.Axis#ROWS} the operands are rows of {@code table} and the identity holds in
 * every column (R5: 上年结转 = last year's 结转下年度继续办理); with {@link Identity.Axis#COLUMNS} they are columns
 * and it holds in every row that has the target column (R6: 现行有效 = last year's 现行有效 ＋ 制发 － 废止). An
 * instance is skipped wherever a cell it needs is blank or missing from that year's edition.
 */
public record CrossYearIdentity(String rule, String table, Identity.Axis axis, Term target, List<Term> terms) {

    /**
     * An operand: a row or column {@code code} of the report {@code yearOffset} years away (0 this year, -1 the year
     * before), added ({@code sign} 1) or taken away (-1). {@code caption}, when not null, follows a row's short label
     * in messages (第二项 上年结转).
     */
    public record Term(int yearOffset, String code, int sign, String caption) {

        public Term {
            if (yearOffset != 0 && yearOffset != -1) {
                throw new IllegalArgumentException("only this year (0) and the year before (-1) are compared");
            }
        }

        public static Term plus(String code) {
            return new Term(0, code, 1, null);
        }

        public static Term minus(String code) {
            return new Term(0, code, -1, null);
        }

        public static Term last(String code) {
            return new Term(-1, code, 1, null);
        }

        public Term captioned(String text) {
            return new Term(yearOffset, code, sign, text);
        }

        public boolean isLastYear() {
            return yearOffset < 0;
        }
    }

    public CrossYearIdentity {
        terms = List.copyOf(terms);
    }

    /**
     * Whether the target is last year's figure carried over as it is (R5): a new report starts with it filled in.
     */
    public boolean carriesOver() {
        return axis == Identity.Axis.ROWS && !target.isLastYear() && terms.size() == 1 && terms.get(0).isLastYear()
                && terms.get(0).sign() > 0;
    }
}
