package org.nianbao.editing;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.nianbao.agency.Agency;
import org.nianbao.report.Report;
import org.nianbao.report.ReportRepository;
import org.nianbao.report.ReportStatus;
import org.nianbao.security.Access;
import org.nianbao.security.Staff;
import org.nianbao.timeliness.Deadline;
import org.nianbao.timeliness.DeadlineRules;
import org.nianbao.timeliness.Deadlines;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The staff member's reports: every agency they can read, by year, with status and the deadline that applies (statutory or local, named). */
@Service
public class Dashboard {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

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

    /** One report (its latest revision), or a report not yet created for last year. */
    /** {@code status} is null for a report not yet created; {@code daysLeft} is negative when overdue. */
    public record Line(String agencyName, int year, int revision, String status, String deadline, long daysLeft,
            boolean published, String href, String deadlineSource) {

        public boolean overdue() {
            return !published && daysLeft < 0;
        }

        public long daysOverdue() {
            return -daysLeft;
        }
    }

    /** An agency whose reports the staff member may create. */
    public record EditableAgency(String code, String name) {
    }

    public record View(List<Line> lines, List<EditableAgency> editable, int lastReportYear) {
    }

    @Transactional(readOnly = true)
    public View of(Staff me) {
        LocalDate today = LocalDate.now(clock.withZone(Deadlines.CHINA));
        int lastReportYear = today.getYear() - 1;
        List<Agency> readable = access.readableAgencies(me);
        DeadlineRules.Resolver deadlines = deadlineRules.resolver();
        List<Line> lines = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Report report : readable.isEmpty() ? List.<Report>of() : reports.findAllOf(readable)) {
            Agency agency = report.getAgency();
            if (seen.add(agency.getCode() + "/" + report.getYear())) { // newest revision first
                lines.add(line(agency, report.getYear(), report, today, deadlines));
            }
        }
        for (Agency agency : readable) {
            if (!seen.contains(agency.getCode() + "/" + lastReportYear)) {
                lines.add(line(agency, lastReportYear, null, today, deadlines));
            }
        }
        lines.sort((a, b) -> a.year() != b.year() ? Integer.compare(b.year(), a.year())
                : a.agencyName().compareTo(b.agencyName()));
        List<EditableAgency> editable = readable.stream().filter(a -> access.canEdit(me, a))
                .map(a -> new EditableAgency(a.getCode(), a.getName())).toList();
        return new View(lines, editable, lastReportYear);
    }

    private static Line line(Agency agency, int year, Report report, LocalDate today,
            DeadlineRules.Resolver deadlines) {
        Deadline rule = deadlines.deadline(agency, year);
        LocalDate deadline = rule.date();
        boolean published = report != null && (report.getStatus() == ReportStatus.PUBLISHED
                || report.getRevision() > 1);
        return new Line(agency.getName(), year, report == null ? 0 : report.getRevision(),
                report == null ? null : report.getStatus().label(), DATE.format(deadline),
                ChronoUnit.DAYS.between(today, deadline), published,
                report == null ? null : "/staff/reports/" + report.getId(), rule.source());
    }
}
