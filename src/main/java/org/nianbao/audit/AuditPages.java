package org.nianbao.audit;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.IntStream;
import org.nianbao.faults.Messages;
import org.nianbao.opendata.Csv;
import org.nianbao.report.Report;
import org.nianbao.report.ReportRepository;
import org.nianbao.security.Access;
import org.nianbao.security.Role;
import org.nianbao.security.Staff;
import org.nianbao.text.Text;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
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
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The audit log: the reports one may audit ({@code /audit}); a report revision's events (every cell change, old →
 * new, named as the report names it; every prose change as a diff; every transition with its comment), filtered by
 * user, kind and date, 50 a page, and complete as CSV; and the failed sign-ins, filtered and paged. For auditors,
 * and for reviewers and publishers of the agency.
 */
@Controller
class AuditPages {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.of("Asia/Shanghai"));
    static final int REPORTS_PER_PAGE = 50;
    private static final List<String> HEADER = List.of(Text.of("audit.csv.time"), Text.of("audit.csv.user"),
            Text.of("audit.csv.kind"), Text.of("audit.csv.target"), Text.of("audit.csv.code"),
            Text.of("audit.csv.old"), Text.of("audit.csv.new"), Text.of("audit.csv.comment"));

    private final AuditLog auditLog;
    private final ReportRepository reports;
    private final Access access;
    private final Messages messages;

    AuditPages(AuditLog auditLog, ReportRepository reports, Access access, Messages messages) {
        this.messages = messages;
        this.auditLog = auditLog;
        this.reports = reports;
        this.access = access;
    }

    /** A report revision one may audit. */
    record Audited(long id, String agencyName, int year, int revision, String status) {
    }

    /** Page {@code page} (from 1) of {@code pages}, and the numbers to link. */
    record Paging(int page, int pages, long total) {

        public List<Integer> numbers() {
            return IntStream.rangeClosed(Math.max(1, page - 4), Math.min(pages, page + 4)).boxed().toList();
        }

        static Paging of(Page<?> page) {
            return new Paging(page.getNumber() + 1, Math.max(1, page.getTotalPages()), page.getTotalElements());
        }
    }

    @GetMapping("/audit")
    @Transactional(readOnly = true)
    String index(@AuthenticationPrincipal Staff me, @ModelAttribute("filter") AuditFilter filter, Model model) {
        List<Audited> all = reports.findAll(Sort.by(Sort.Order.desc("year"), Sort.Order.asc("id"))).stream()
                .filter(r -> access.canReadAuditLog(me, r.getAgency()))
                .map(r -> new Audited(r.getId(), r.getAgency().getName(), r.getYear(), r.getRevision(),
                        r.getStatus().label()))
                .toList();
        Access.require(!all.isEmpty() || me.has(Role.AUDITOR) || access.isAdmin(me));
        int pages = Math.max(1, (all.size() + REPORTS_PER_PAGE - 1) / REPORTS_PER_PAGE);
        int page = Math.min(filter.pageIndex(), pages - 1);
        model.addAttribute("reports", all.subList(page * REPORTS_PER_PAGE,
                Math.min(all.size(), (page + 1) * REPORTS_PER_PAGE)));
        model.addAttribute("paging", new Paging(page + 1, pages, all.size()));
        model.addAttribute("canSeeLogins", me.has(Role.AUDITOR) || access.isAdmin(me));
        return "audit/index";
    }

    @GetMapping("/audit/reports/{id:\\d+}")
    @Transactional(readOnly = true)
    String report(@PathVariable long id, @AuthenticationPrincipal Staff me,
            @ModelAttribute("filter") AuditFilter filter, Model model) {
        Report report = readable(id, me);
        model.addAttribute("report", report);
        model.addAttribute("title", Text.of("audit.report.title", report.getAgency().getName(), report.getYear(),
                report.getRevision()));
        Page<AuditEvent> events = auditLog.forReport(id, filter);
        model.addAttribute("events", events.getContent().stream()
                .map(e -> AuditEntry.of(e, report.getEdition())).toList());
        model.addAttribute("paging", Paging.of(events));
        model.addAttribute("errors", filter.errors(messages));
        model.addAttribute("kinds", AuditFilter.kinds());
        return "audit/report";
    }

    @GetMapping("/audit/reports/{id:\\d+}.csv")
    @Transactional(readOnly = true)
    ResponseEntity<byte[]> csv(@PathVariable long id, @AuthenticationPrincipal Staff me) {
        Report report = readable(id, me);
        List<List<String>> lines = auditLog.forReport(id).stream().map(event -> AuditEntry.of(event, report.getEdition()))
                .map(e -> List.of(e.at(), e.username(), e.kind(), e.target(), e.code(), e.oldValue(), e.newValue(),
                        e.comment()))
                .toList();
        String filename = report.getAgency().getCode() + "-" + report.getYear() + "-r" + report.getRevision()
                + "-audit.csv";
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build()
                        .toString())
                .body(Csv.write(HEADER, lines));
    }

    @GetMapping("/audit/logins")
    @Transactional(readOnly = true)
    String failedLogins(@AuthenticationPrincipal Staff me, @ModelAttribute("filter") AuditFilter filter,
            Model model) {
        Access.require(me.has(Role.AUDITOR) || access.isAdmin(me));
        Page<AuditEvent> events = auditLog.failedLogins(filter);
        model.addAttribute("events", events.getContent().stream().map(AuditPages::failedLogin).toList());
        model.addAttribute("paging", Paging.of(events));
        model.addAttribute("errors", filter.errors(messages));
        return "audit/logins";
    }

    private Report readable(long id, Staff me) {
        Report report = reports.findById(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, Text.of("audit.report.unknown")));
        Access.require(access.canReadAuditLog(me, report.getAgency()));
        return report;
    }

    /** A row of failed sign-ins for one name and address: when the last one was, and how many since the first. */
    private static AuditEntry failedLogin(AuditEvent event) {
        AuditEntry e = AuditEntry.of(event, null);
        String count = event.getOccurrences() > 1
                ? Text.of("audit.logins.count", event.getOccurrences(), TIME.format(event.getAt())) : "";
        return new AuditEntry(TIME.format(event.getLastAt()), e.username(), e.kind(), e.target(), e.code(),
                e.oldValue(), e.newValue(), e.comment() + count, e.change());
    }
}
