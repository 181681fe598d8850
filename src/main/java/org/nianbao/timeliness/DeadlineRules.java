package org.nianbao.timeliness;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.nianbao.agency.Agency;
import org.nianbao.agency.AgencyKind;
import org.nianbao.text.Text;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Local deadlines per level: a government may set, for the agencies of one level anywhere below it, an earlier date
 * than the statutory one (e.g. 河南省人民政府: cities by 3月10日). The nearest government above an agency that set a
 * date for its level wins; without one, the statutory date of {@link Deadlines} applies.
 */
@Component
public class DeadlineRules {

    private final JdbcClient jdbc;

    DeadlineRules(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A date a government set for one level below it. */
    public record Rule(long id, String agencyCode, String agencyName, AgencyKind setterKind, AgencyKind kind,
            MonthDay day) {

        public String dayText() {
            return Text.of("timeliness.day", day.getMonthValue(), day.getDayOfMonth());
        }
    }

    /** The deadline of {@code agency}'s report on {@code year}, with its source. */
    @Transactional(readOnly = true)
    public Deadline deadline(Agency agency, int year) {
        return new Resolver(all()).deadline(agency, year);
    }

    /** A resolver over every rule, for pages that assess many agencies at once. */
    @Transactional(readOnly = true)
    public Resolver resolver() {
        return new Resolver(all());
    }

    /** Every rule, by the code of the government that set it. */
    @Transactional(readOnly = true)
    public List<Rule> all() {
        return jdbc.sql("""
                select d.id, a.code, a.name, a.kind, d.kind, d.month, d.day
                from deadline_rule d join agency a on a.id = d.agency_id order by a.code, d.kind""")
                .query((rs, n) -> new Rule(rs.getLong(1), rs.getString(2), rs.getString(3),
                        AgencyKind.valueOf(rs.getString(4)), AgencyKind.valueOf(rs.getString(5)),
                        MonthDay.of(rs.getInt(6), rs.getInt(7))))
                .list();
    }

    /**
     * Sets (or replaces) {@code government}'s date for the agencies of {@code kind} below it. The date may not be
     * later than the statutory one (a local rule asks for earlier, never later).
     */
    @Transactional
    public void set(Agency government, AgencyKind kind, int month, int day) {
        MonthDay date;
        try {
            date = MonthDay.of(month, day);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(Text.of("timeliness.rule.no-such-day", month, day));
        }
        if (!government.getKind().isGovernmentAboveTownship()) {
            throw new IllegalArgumentException(Text.of("timeliness.rule.not-government"));
        }
        MonthDay statutory = Deadlines.statutoryDay(kind);
        if (date.isAfter(statutory) || date.equals(MonthDay.of(2, 29))) {
            throw new IllegalArgumentException(Text.of("timeliness.rule.too-late", kind.label(),
                    statutory.getMonthValue(), statutory.getDayOfMonth()));
        }
        jdbc.sql("""
                insert into deadline_rule (agency_id, kind, month, day) values (:agency, :kind, :month, :day)
                on conflict (agency_id, kind) do update set month = excluded.month, day = excluded.day""")
                .param("agency", government.getId()).param("kind", kind.name()).param("month", month)
                .param("day", day).update();
    }

    /** Removes a rule; the statutory date applies again (unless a rule higher up applies). */
    @Transactional
    public void remove(long ruleId) {
        jdbc.sql("delete from deadline_rule where id = :id").param("id", ruleId).update();
    }

    /** Resolves deadlines against a fixed set of rules. */
    public static final class Resolver {

        private final Map<String, Map<AgencyKind, Rule>> bySetter = new HashMap<>();

        Resolver(List<Rule> rules) {
            for (Rule rule : rules) {
                bySetter.computeIfAbsent(rule.agencyCode(), c -> new HashMap<>()).put(rule.kind(), rule);
            }
        }

        public Deadline deadline(Agency agency, int year) {
            for (Agency above = agency.getParent(); above != null; above = above.getParent()) {
                Rule rule = bySetter.getOrDefault(above.getCode(), Map.of()).get(agency.getKind());
                if (rule != null) {
                    return new Deadline(rule.day().atYear(year + 1), above.getName(), above.getKind());
                }
            }
            return Deadlines.statutory(agency.getKind(), year);
        }

        /** How {@code agency}'s report on {@code year} stands on {@code today}. */
        public Timeliness assess(Agency agency, int year, java.time.Instant firstPublished, LocalDate today) {
            return Deadlines.assess(deadline(agency, year).date(), firstPublished, today);
        }
    }
}
