package org.nianbao.editing;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nianbao.agency.Agency;
import org.nianbao.agency.AgencyRepository;
import org.nianbao.audit.AuditEvent;
import org.nianbao.audit.AuditKind;
import org.nianbao.audit.AuditLog;
import org.nianbao.draft.Drafts;
import org.nianbao.draft.LastYear;
import org.nianbao.report.Report;
import org.nianbao.report.ReportRepository;
import org.nianbao.report.ReportStatus;
import org.nianbao.security.Access;
import org.nianbao.security.Staff;
import org.nianbao.statutory.Cell;
import org.nianbao.statutory.Column;
import org.nianbao.statutory.CrossYearIdentity;
import org.nianbao.statutory.Edition;
import org.nianbao.statutory.ReportContent;
import org.nianbao.statutory.Section;
import org.nianbao.text.Text;
import org.nianbao.timeliness.Deadlines;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BindingResult;

/**
 * Creating a report and saving its sections. Bad input rejects the whole form (nothing is saved); rule findings
 * never block saving a draft; every saved change is recorded cell by cell in the audit log, in the same transaction.
 */
@Service
public class ReportEditing {

    private final ReportRepository reports;
    private final AgencyRepository agencies;
    private final Drafts drafts;
    private final LastYear lastYear;
    private final Access access;
    private final AuditLog auditLog;
    private final Clock clock;

    ReportEditing(ReportRepository reports, AgencyRepository agencies, Drafts drafts, LastYear lastYear,
            Access access, AuditLog auditLog, Clock clock) {
        this.reports = reports;
        this.agencies = agencies;
        this.drafts = drafts;
        this.lastYear = lastYear;
        this.access = access;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /**
     * Creates revision 1 of the agency's report on the year, 二、上年结转 filled from last year's 四、结转下年度继续办理,
     * and the prose copied from last year's report when the form asks for it (a starting point to rewrite);
     * or rejects the form's fields in {@code errors} and returns empty.
     */
    @Transactional
    public Optional<Long> create(Staff me, CreateForm form, BindingResult errors) {
        Optional<Agency> agency = Optional.ofNullable(form.agency()).filter(a -> !a.isBlank())
                .flatMap(agencies::findByCode);
        if (agency.isEmpty()) {
            errors.rejectValue("agency", "agency.required");
        } else {
            Access.require(access.canEdit(me, agency.get()));
        }
        int lastReportYear = LocalDate.now(clock.withZone(Deadlines.CHINA)).getYear() - 1;
        Integer year = parseYear(form.year());
        if (year == null) {
            errors.rejectValue("year", "year.invalid", new Object[] { String.valueOf(lastReportYear) }, null);
        } else if (Edition.forYear(year).isEmpty()) {
            errors.rejectValue("year", "year.no-edition", new Object[] { String.valueOf(year) }, null);
        } else if (year > lastReportYear) {
            errors.rejectValue("year", "year.future",
                    new Object[] { String.valueOf(year), String.valueOf(year + 1) }, null);
        } else if (agency.isPresent() && reports.existsByAgencyAndYear(agency.get(), year)) {
            errors.rejectValue("year", "report.duplicate",
                    new Object[] { agency.get().getName(), String.valueOf(year) }, null);
        }
        if (errors.hasErrors()) {
            return Optional.empty();
        }
        Report report = reports.saveAndFlush(new Report(agency.get(), year));
        ReportContent empty = report.content();
        ReportContent filled = empty.withValues(carriedOver(empty)).withComputedTotals();
        if (form.copiesProse()) {
            Optional<ReportContent> previous = lastYear.forCarryOver(empty.agencyCode(), empty.year());
            if (previous.isPresent()) {
                filled = new ReportContent(filled.agencyCode(), filled.agencyName(), filled.year(), filled.edition(),
                        previous.get().sections(), filled.values());
            }
        }
        report.replaceContent(filled, clock.instant());
        reports.saveAndFlush(report);
        auditLog.recordTransition(report.getId(), me.username(), Text.of("editing.audit.created-from"),
                ReportStatus.DRAFT.label(), Text.of("editing.audit.created", year));
        auditLog.recordChanges(report.getId(), me.username(), empty, report.content());
        return Optional.of(report.getId());
    }

    /**
     * Saves one section of a draft from its form, merged cell by cell (or the prose as a whole) with what is saved
     * now ({@link SectionMerge}). Returns false, with the refused fields rejected in {@code errors}, when any input
     * is refused: then nothing is saved. Throws {@link EditConflict} when someone else changed a cell (or the prose)
     * this form changed too, to another value: then nothing is saved either; and a {@code WorkflowException} when
     * the report is not editable.
     */
    @Transactional
    public boolean save(Staff me, long id, Section section, SectionForm form, BindingResult errors) {
        Report report = drafts.find(id);
        Access.require(access.canEdit(me, report.getAgency()));
        ReportContent before = report.content();
        SectionMerge merge = SectionMerge.of(before, section, form, errors);
        if (merge == null) {
            return false;
        }
        if (merge.conflicts()) {
            throw new EditConflict(drafts.of(me, report), lastEditor(id), merge.cells(), merge.prose());
        }
        report.replaceContent(merge.merged(), clock.instant());
        reports.saveAndFlush(report);
        auditLog.recordChanges(id, me.username(), before, report.content());
        return true;
    }

    /** Who saved the report's content last, or null. */
    private String lastEditor(long id) {
        List<AuditEvent> events = auditLog.forReport(id);
        for (int i = events.size() - 1; i >= 0; i--) {
            AuditKind kind = events.get(i).getKind();
            if (kind == AuditKind.CELL || kind == AuditKind.SECTION) {
                return events.get(i).getUsername();
            }
        }
        return null;
    }

    /**
     * What the new report starts with from last year's, when that exists: the targets of the edition's carry-over
     * identities (R5: 二、上年结转 is last year's 四、结转下年度继续办理), column by column.
     */
    private Map<Cell, BigDecimal> carriedOver(ReportContent report) {
        Map<Cell, BigDecimal> values = new HashMap<>();
        Optional<ReportContent> previous = lastYear.forCarryOver(report.agencyCode(), report.year());
        if (previous.isEmpty()) {
            return values;
        }
        for (CrossYearIdentity identity : report.edition().crossYear()) {
            if (!identity.carriesOver()) {
                continue;
            }
            String from = identity.terms().get(0).code();
            report.edition().table(identity.table()).flatMap(t -> t.row(identity.target().code())).ifPresent(row -> {
                for (Column column : row.columns()) {
                    Cell out = new Cell(identity.table(), from, column.code());
                    BigDecimal value = previous.get().value(out);
                    if (value != null && previous.get().edition().hasCell(out)) {
                        values.put(new Cell(identity.table(), row.code(), column.code()), value);
                    }
                }
            });
        }
        return values;
    }

    private static Integer parseYear(String text) {
        String year = text == null ? "" : text.strip();
        if (!year.matches("\\d{4}")) {
            return null;
        }
        return Integer.parseInt(year);
    }
}
