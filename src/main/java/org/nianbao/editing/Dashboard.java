package org.nianbao.editing;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nianbao.agency.Agency;
import org.nianbao.report.Report;
import org.nianbao.report.ReportRepository;
import org.nianbao.report.ReportStatus;
import org.nianbao.security.Access;
import org.nianbao.security.Staff;
import org.nianbao.statutory.Edition;
import org.nianbao.text.Text;
import org.nianbao.timeliness.Deadline;
import org.nianbao.timeliness.DeadlineRules;
import org.nianbao.timeliness.Deadlines;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staff member's reports: every agency they can read, every year from 2019 to last year (a year without a report
 * is 未创建, overdue once its deadline has passed), with status and the deadline that applies (statutory or local,
 * named). Reports waiting for review come
 * first; counts per status, filters by status, year and agency, and the agencies that are overdue.
 */
@Service
public class Dashboard {

    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern(Text.of("editing.dashboard.date-pattern"));

    /** The filter value of a report not yet created. */
    public static final String MISSING = "MISSING";

    private final ReportRepository reports;
    private final Access access;
    private final Clock clock;

    private final DeadlineRules deadlineRules;

    Dashboard(ReportRepository reports, Access access, Clock clock, DeadlineRules deadlineRules) {
        this.deadlineRules = deadlineRules;
        this.reports = reports;
        this.access = access;
        this.clock = clock;
    }

    /**
     * One report (its latest revision), or a report not yet created. {@code status} is null for a report not yet
     * created; {@code daysLeft} is negative when overdue.
     */
    public record Line(String agencyCode, String agencyName, int year, int revision, ReportStatus statusCode,
            String status, String deadline, long daysLeft, boolean published, String href, String deadlineSource) {

        public boolean overdue() {
            return !published && daysLeft < 0;
        }

        public long daysOverdue() {
            return -daysLeft;
        }

        public boolean waiting() {
            return statusCode == ReportStatus.SUBMITTED;
        }

        String filterCode() {
            return statusCode == null ? MISSING : statusCode.name();
        }
    }

    /** An agency whose reports the staff member may create. */
    public record EditableAgency(String code, String name) {
    }

    /**
     * A government (province, city or county) at the top of what the staff member covers, as its 主管部门 sees it:
     * links to its chasing list, its roll-up and its timeliness board for {@code year}.
     */
    public record Government(String code, String name, int year) {

        public String chasingHref() {
            return "/staff/chasing/" + code + "/" + year;
        }

        public String rollupHref() {
            return "/rollup/" + code + "/" + year;
        }

        public String timelinessHref() {
            return "/timeliness/" + code + "/" + year;
        }
    }

    /** A choice of a filter: its value, its label, how many lines it selects, and whether it is selected. */
    public record Choice(String value, String label, long count, boolean selected) {

        /** The choice of the reports waiting for review. */
        public boolean waitsForReview() {
            return ReportStatus.SUBMITTED.name().equals(value);
        }
    }

    /** The filters as asked (blank for "all"). */
    public record Filter(String status, String year, String agency) {

        public static Filter none() {
            return new Filter("", "", "");
        }

        public Filter {
            status = status == null ? "" : status.strip();
            year = year == null ? "" : year.strip();
            agency = agency == null ? "" : agency.strip();
        }

        boolean selects(Line line) {
            return (status.isEmpty() || status.equals(line.filterCode()))
                    && (year.isEmpty() || year.equals(String.valueOf(line.year())))
                    && (agency.isEmpty() || agency.equals(line.agencyCode()));
        }

        public boolean any() {
            return !status.isEmpty() || !year.isEmpty() || !agency.isEmpty();
        }
    }

    public record View(List<Line> lines, List<Choice> statuses, List<Choice> years, List<Choice> agencies,
            List<String> overdueAgencies, long total, List<EditableAgency> editable, int lastReportYear,
            Filter filter, List<Government> governments) {
    }

    @Transactional(readOnly = true)
    public View of(Staff me) {
        return of(me, Filter.none());
    }

    @Transactional(readOnly = true)
    public View of(Staff me, Filter filter) {
        LocalDate today = LocalDate.now(clock.withZone(Deadlines.CHINA));
        int lastReportYear = today.getYear() - 1;
        List<Agency> readable = access.readableAgencies(me);
        DeadlineRules.Resolver deadlines = deadlineRules.resolver();
        List<Line> all = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Report report : readable.isEmpty() ? List.<Report>of() : reports.findAllOf(readable)) {
            Agency agency = report.getAgency();
            if (seen.add(agency.getCode() + "/" + report.getYear())) { // newest revision first
                all.add(line(agency, report.getYear(), report, today, deadlines));
            }
        }
        for (Agency agency : readable) {
            for (int year = Edition.FIRST_YEAR; year <= lastReportYear; year++) {
                if (!seen.contains(agency.getCode() + "/" + year)) {
                    all.add(line(agency, year, null, today, deadlines));
                }
            }
        }
        all.sort(Comparator.comparing((Line l) -> !l.waiting()).thenComparing(Line::year, Comparator.reverseOrder())
                .thenComparing(Line::agencyName));
        List<EditableAgency> editable = readable.stream().filter(a -> access.canEdit(me, a))
                .map(a -> new EditableAgency(a.getCode(), a.getName())).toList();
        List<String> overdue = all.stream().filter(Line::overdue).map(Line::agencyName).distinct().sorted().toList();
        return new View(all.stream().filter(filter::selects).toList(), statuses(all, filter), years(all, filter),
                agencies(readable, all, filter), overdue, all.size(), editable, lastReportYear, filter,
                governments(readable, lastReportYear));
    }

    /** The readable governments above townships whose own parent the staff member cannot read. */
    private static List<Government> governments(List<Agency> readable, int year) {
        Set<Long> ids = new HashSet<>();
        readable.forEach(a -> ids.add(a.getId()));
        return readable.stream().filter(a -> a.getKind().isGovernmentAboveTownship())
                .filter(a -> a.getParent() == null || !ids.contains(a.getParent().getId()))
                .map(a -> new Government(a.getCode(), a.getName(), year)).toList();
    }

    private static List<Choice> statuses(List<Line> all, Filter filter) {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put(ReportStatus.SUBMITTED.name(), ReportStatus.SUBMITTED.label());
        for (ReportStatus status : ReportStatus.values()) {
            labels.putIfAbsent(status.name(), status.label());
        }
        labels.put(MISSING, Text.of("editing.dashboard.missing"));
        return labels.entrySet().stream().map(e -> new Choice(e.getKey(), e.getValue(),
                all.stream().filter(l -> l.filterCode().equals(e.getKey())).count(),
                e.getKey().equals(filter.status()))).toList();
    }

    private static List<Choice> years(List<Line> all, Filter filter) {
        return all.stream().map(Line::year).distinct().sorted(Comparator.reverseOrder())
                .map(y -> new Choice(String.valueOf(y), Text.of("editing.dashboard.year", y),
                        all.stream().filter(l -> l.year() == y).count(),
                        String.valueOf(y).equals(filter.year()))).toList();
    }

    private static List<Choice> agencies(List<Agency> readable, List<Line> all, Filter filter) {
        return readable.stream().map(a -> new Choice(a.getCode(), a.getName(),
                all.stream().filter(l -> l.agencyCode().equals(a.getCode())).count(),
                a.getCode().equals(filter.agency()))).toList();
    }

    private static Line line(Agency agency, int year, Report report, LocalDate today,
            DeadlineRules.Resolver deadlines) {
        Deadline rule = deadlines.deadline(agency, year);
        LocalDate deadline = rule.date();
        boolean published = report != null && (report.getStatus() == ReportStatus.PUBLISHED
                || report.getRevision() > 1);
        return new Line(agency.getCode(), agency.getName(), year, report == null ? 0 : report.getRevision(),
                report == null ? null : report.getStatus(), report == null ? null : report.getStatus().label(),
                DATE.format(deadline), ChronoUnit.DAYS.between(today, deadline), published,
                report == null ? null : "/staff/reports/" + report.getId(), rule.source());
    }
}
