package org.nianbao.audit;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.nianbao.opendata.Csv;
import org.nianbao.report.Report;
import org.nianbao.report.ReportRepository;
import org.nianbao.security.Access;
import org.nianbao.security.Role;
import org.nianbao.security.Staff;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The audit log of a report revision (every cell change, old → new, who, when; every transition with its comment),
 * as a page and as CSV; and the failed sign-ins. For auditors, and for reviewers and publishers of the agency.
 */
@Controller
class AuditPages {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.of("Asia/Shanghai"));
    private static final List<String> HEADER = List.of("时间", "用户", "类型", "对象", "原值", "新值", "说明");

    private final AuditLog auditLog;
    private final ReportRepository reports;
    private final Access access;

    AuditPages(AuditLog auditLog, ReportRepository reports, Access access) {
        this.auditLog = auditLog;
        this.reports = reports;
        this.access = access;
    }

    @GetMapping("/audit/reports/{id:\\d+}")
    @Transactional(readOnly = true)
    String report(@PathVariable long id, @AuthenticationPrincipal Staff me, Model model) {
        Report report = readable(id, me);
        model.addAttribute("report", report);
        model.addAttribute("title", report.getAgency().getName() + report.getYear() + "年报告（第 "
                + report.getRevision() + " 版）审计日志");
        model.addAttribute("events", lines(auditLog.forReport(id)));
        return "audit/report";
    }

    @GetMapping("/audit/reports/{id:\\d+}.csv")
    @Transactional(readOnly = true)
    ResponseEntity<byte[]> csv(@PathVariable long id, @AuthenticationPrincipal Staff me) {
        Report report = readable(id, me);
        List<List<String>> lines = lines(auditLog.forReport(id)).stream().map(line -> List.of(line.at(),
                line.username(), line.kind(), line.target(), line.oldValue(), line.newValue(), line.comment())).toList();
        String filename = report.getAgency().getCode() + "-" + report.getYear() + "-r" + report.getRevision()
                + "-audit.csv";
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build()
                        .toString())
                .body(Csv.write(HEADER, lines));
    }

    @GetMapping("/audit/logins")
    String failedLogins(@AuthenticationPrincipal Staff me, Model model) {
        Access.require(me.has(Role.AUDITOR) || access.isAdmin(me));
        model.addAttribute("events", auditLog.failedLogins().stream().map(e -> new AuditLine(
                TIME.format(e.getLastAt()), e.getUsername(), e.getKind().label(), nullToEmpty(e.getTarget()), "", "",
                nullToEmpty(e.getComment()) + (e.getOccurrences() > 1 ? "，共 " + e.getOccurrences() + " 次（自 "
                        + TIME.format(e.getAt()) + " 起）" : ""))).toList());
        return "audit/logins";
    }

    private Report readable(long id, Staff me) {
        Report report = reports.findById(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "没有这份报告"));
        Access.require(access.canReadAuditLog(me, report.getAgency()));
        return report;
    }

    private static List<AuditLine> lines(List<AuditEvent> events) {
        return events.stream().map(e -> new AuditLine(TIME.format(e.getAt()), e.getUsername(), e.getKind().label(),
                nullToEmpty(e.getTarget()), nullToEmpty(e.getOldValue()), nullToEmpty(e.getNewValue()),
                nullToEmpty(e.getComment()))).toList();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
