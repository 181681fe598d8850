package org.nianbao.audit;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.nianbao.statutory.Cell;
import org.nianbao.statutory.ReportContent;
import org.nianbao.text.Text;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records who changed what: every saved change at cell level (old → new), every prose change, every workflow
 * transition with its comment, failed logins (counted per name and address). Entries are only ever added, except
 * that a failed login recent enough counts one more on its row.
 */
@Service
public class AuditLog {

    private final AuditEventRepository events;
    private final Clock clock;

    AuditLog(AuditEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /** Records the differences between two versions of a report's content, cell by cell and section by section. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordChanges(Long reportId, String username, ReportContent before, ReportContent after) {
        Instant now = clock.instant();
        TreeSet<String> sections = new TreeSet<>(before.sections().keySet());
        sections.addAll(after.sections().keySet());
        for (String section : sections) {
            String old = before.section(section);
            String changed = after.section(section);
            if (!old.equals(changed)) {
                events.save(new AuditEvent(now, username, AuditKind.SECTION, reportId, section, old, changed, null));
            }
        }
        for (Cell cell : after.edition().cells()) {
            BigDecimal old = before.value(cell);
            BigDecimal changed = after.value(cell);
            if (!sameNumber(old, changed)) {
                events.save(new AuditEvent(now, username, AuditKind.CELL, reportId, cell.key(), text(old),
                        text(changed), null));
            }
        }
    }

    /** Records a workflow transition (from → to) with its comment (a reason, an explanation, a correction note). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordTransition(Long reportId, String username, String from, String to, String comment) {
        events.save(new AuditEvent(clock.instant(), username, AuditKind.TRANSITION, reportId, from + " → " + to, from,
                to, comment));
    }

    /** Records an administrative change (users, roles, agencies). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAdmin(String username, String target, String comment) {
        events.save(new AuditEvent(clock.instant(), username, AuditKind.ADMIN, null, target, null, null, comment));
    }

    /**
     * Records a failed sign-in, in its own transaction. Failures of one name from one address are counted on one
     * row while they keep coming within an hour of each other, so that guessing cannot fill the log.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordFailedLogin(String username, String remoteAddress) {
        String name = username == null ? "" : username.length() > 64 ? username.substring(0, 64) : username;
        String comment = Text.of("audit.login.from", remoteAddress);
        Instant now = clock.instant();
        if (events.countAgain(name, comment, now, now.minus(Duration.ofHours(1))) == 0) {
            events.save(new AuditEvent(now, name.isEmpty() ? Text.of("audit.login.no-name") : name,
                    AuditKind.LOGIN_FAILED, null, name, null, null, comment));
        }
    }

    @Transactional(readOnly = true)
    public List<AuditEvent> forReport(Long reportId) {
        return events.findByReportIdOrderByAtAscIdAsc(reportId);
    }

    /** A page of {@code reportId}'s events matching {@code filter}, oldest first. */
    @Transactional(readOnly = true)
    public Page<AuditEvent> forReport(Long reportId, AuditFilter filter) {
        return events.findAll(filter.specification(reportId, null),
                PageRequest.of(filter.pageIndex(), AuditFilter.PAGE_SIZE, Sort.by("at", "id")));
    }

    /** A page of failed sign-ins matching {@code filter}, newest first. */
    @Transactional(readOnly = true)
    public Page<AuditEvent> failedLogins(AuditFilter filter) {
        return events.findAll(filter.specification(null, AuditKind.LOGIN_FAILED),
                PageRequest.of(filter.pageIndex(), AuditFilter.PAGE_SIZE, Sort.by(Sort.Direction.DESC, "at", "id")));
    }

    @Transactional(readOnly = true)
    public List<AuditEvent> failedLogins() {
        return events.findByKindOrderByLastAtDesc(AuditKind.LOGIN_FAILED);
    }

    private static boolean sameNumber(BigDecimal a, BigDecimal b) {
        return a == null || b == null ? Objects.equals(a, b) : a.compareTo(b) == 0;
    }

    private static String text(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }

}
