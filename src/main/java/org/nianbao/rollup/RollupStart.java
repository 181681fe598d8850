package org.nianbao.rollup;

import java.time.Clock;
import java.time.LocalDate;
import org.nianbao.agency.Agency;
import org.nianbao.agency.AgencyRepository;
import org.nianbao.audit.AuditLog;
import org.nianbao.faults.Messages;
import org.nianbao.report.Report;
import org.nianbao.report.ReportRepository;
import org.nianbao.report.ReportStatus;
import org.nianbao.security.Access;
import org.nianbao.security.Staff;
import org.nianbao.statutory.ReportContent;
import org.nianbao.timeliness.Deadlines;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A government's office starts its own report from the roll-up's figures: a new draft whose tables are the
 * roll-up's (all levels, or direct children) and whose prose it then writes. Starting from its own figures is the
 * ordinary 新建 on the staff dashboard.
 */
@Controller
class RollupStart {

    private final Rollups rollups;
    private final AgencyRepository agencies;
    private final ReportRepository reports;
    private final Access access;
    private final AuditLog auditLog;
    private final Clock clock;
    private final Messages messages;

    RollupStart(Rollups rollups, AgencyRepository agencies, ReportRepository reports, Access access,
            AuditLog auditLog, Clock clock, Messages messages) {
        this.rollups = rollups;
        this.agencies = agencies;
        this.reports = reports;
        this.access = access;
        this.auditLog = auditLog;
        this.clock = clock;
        this.messages = messages;
    }

    @PostMapping("/staff/rollup/{agencyCode}/{year:\\d{1,4}}/start")
    @Transactional
    String start(@AuthenticationPrincipal Staff me, @PathVariable String agencyCode, @PathVariable int year,
            @RequestParam(required = false) String levels, RedirectAttributes redirect) {
        Agency government = agencies.findByCode(agencyCode)
                .filter(a -> a.getKind().isGovernmentAboveTownship())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                        messages.message("staff.government.unknown")));
        Access.require(access.canEdit(me, government));
        String back = "redirect:/rollup/" + agencyCode + "/" + year + ("direct".equals(levels) ? "?levels=direct" : "");
        if (year > LocalDate.now(clock.withZone(Deadlines.CHINA)).getYear() - 1) {
            redirect.addFlashAttribute("startError", messages.message("rollup.start.year-open", String.valueOf(year)));
            return back;
        }
        if (reports.existsByAgencyAndYear(government, year)) {
            redirect.addFlashAttribute("startError", messages.message("rollup.start.exists", government.getName(),
                    String.valueOf(year)));
            return back;
        }
        Rollup rollup = rollups.of(agencyCode, year, !"direct".equals(levels)).orElseThrow();
        Report report = reports.saveAndFlush(new Report(government, year));
        ReportContent empty = report.content();
        report.replaceContent(empty.withValues(rollup.content().values()), clock.instant());
        reports.saveAndFlush(report);
        auditLog.recordTransition(report.getId(), me.username(), messages.message("rollup.start.audit.from"),
                ReportStatus.DRAFT.label(), messages.message("rollup.start.audit.note", rollup.levelsLabel(),
                        String.valueOf(rollup.included().size()), String.valueOf(year)));
        auditLog.recordChanges(report.getId(), me.username(), empty, report.content());
        return "redirect:/staff/reports/" + report.getId();
    }
}
