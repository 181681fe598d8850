package org.nianbao.quality;

import java.math.BigDecimal;
import java.time.MonthDay;
import java.util.List;

/**
 * An assessment rule pack (考核预检): a province's or city's own rules, declared as data and uploaded by an
 * administrator. {@code deadline} is the publication deadline in the year after the report's (null: none), with
 * the points it costs when missed.
 */
public record RulePack(String name, MonthDay deadline, BigDecimal deadlinePoints, List<Rule> rules) {

    public enum Kind {
        /** A section longer than {@code limit} characters. */
        MAX_LENGTH("max_length"),
        /** A section shorter than {@code limit} characters, or only 无. */
        MIN_LENGTH("min_length"),
        /** Each of {@code mentions} missing from the section (with a figure after it when {@code withCount}). */
        REQUIRED_MENTIONS("required_mentions"),
        /** Each finding of the portal's rules {@code findings} (T1, T2, …). */
        FINDING("finding");

        private final String code;

        Kind(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    /**
     * One rule: its id and title, its kind, the section it reads, its limit, the mentions it requires, the findings
     * it counts, the points each mark costs and the most it may cost in all (null: no cap).
     */
    public record Rule(String id, String title, Kind kind, String section, int limit, List<String> mentions,
            boolean withCount, List<String> findings, BigDecimal points, BigDecimal maxPoints) {

        public Rule {
            mentions = List.copyOf(mentions);
            findings = List.copyOf(findings);
        }
    }

    public RulePack {
        rules = List.copyOf(rules);
    }
}
