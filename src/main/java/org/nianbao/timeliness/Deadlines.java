package org.nianbao.timeliness;

import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.nianbao.agency.AgencyKind;

/**
 * The legal deadlines of 条例 第四十九条: the report on year Y is due by Y+1-01-31 for townships and departments
 * and by Y+1-03-31 for 县级以上地方人民政府 (county, city, province), in China's time zone. Publishing on the
 * deadline day is on time. Local dates set per level are applied by {@link DeadlineRules}.
 */
public final class Deadlines {

    /** The time zone in which a publication's date is read. */
    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private static final MonthDay TOWNSHIPS_AND_DEPARTMENTS = MonthDay.of(1, 31);
    private static final MonthDay GOVERNMENTS = MonthDay.of(3, 31);

    private Deadlines() {
    }

    /** The last day on which {@code kind}'s report on {@code year} may be published. */
    public static LocalDate deadline(AgencyKind kind, int year) {
        return statutoryDay(kind).atYear(year + 1);
    }

    /** The day of the year after the report's on which {@code kind}'s report is due by law. */
    public static MonthDay statutoryDay(AgencyKind kind) {
        return kind.isGovernmentAboveTownship() ? GOVERNMENTS : TOWNSHIPS_AND_DEPARTMENTS;
    }

    /** The statutory deadline with its source. */
    public static Deadline statutory(AgencyKind kind, int year) {
        return new Deadline(deadline(kind, year), null, null);
    }

    /**
     * How {@code kind}'s report on {@code year} stands on {@code today}, given when it was first published
     * ({@code null} if it has not been).
     */
    public static Timeliness assess(AgencyKind kind, int year, Instant firstPublished, LocalDate today) {
        return assess(deadline(kind, year), firstPublished, today);
    }

    /** How a report due by {@code deadline} stands on {@code today}, given when it was first published. */
    public static Timeliness assess(LocalDate deadline, Instant firstPublished, LocalDate today) {
        if (firstPublished == null) {
            return new Timeliness(today.isAfter(deadline) ? Timeliness.Status.MISSING : Timeliness.Status.NOT_DUE,
                    deadline, null, 0);
        }
        LocalDate published = firstPublished.atZone(CHINA).toLocalDate();
        long late = Math.max(0, ChronoUnit.DAYS.between(deadline, published));
        return new Timeliness(late == 0 ? Timeliness.Status.ON_TIME : Timeliness.Status.LATE, deadline, published,
                late);
    }
}
