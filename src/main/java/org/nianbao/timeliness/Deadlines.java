package org.nianbao.timeliness;

import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.nianbao.agency.AgencyKind;

/**
 * The legal deadlines of 条例 第四十九条: the report on year Y is due by Y+1-01-31 for townships and county
 * departments and by Y+1-02-20 for the county government, in China's time zone. Publishing on the deadline day is
 * on time.
 */
public final class Deadlines {

    /** The time zone in which a publication's date is read. */
    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private static final MonthDay TOWNSHIPS_AND_DEPARTMENTS = MonthDay.of(1, 31);
    private static final MonthDay COUNTY = MonthDay.of(2, 20);

    private Deadlines() {
    }

    /** The last day on which {@code kind}'s report on {@code year} may be published. */
    public static LocalDate deadline(AgencyKind kind, int year) {
        MonthDay day = kind == AgencyKind.COUNTY ? COUNTY : TOWNSHIPS_AND_DEPARTMENTS;
        return day.atYear(year + 1);
    }

    /**
     * How {@code kind}'s report on {@code year} stands on {@code today}, given when it was first published
     * ({@code null} if it has not been).
     */
    public static Timeliness assess(AgencyKind kind, int year, Instant firstPublished, LocalDate today) {
        LocalDate deadline = deadline(kind, year);
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
