package org.nianbao.report;

import org.hibernate.annotations.BatchSize;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.stream.Collectors;
import org.nianbao.agency.Agency;
import org.nianbao.statutory.Cell;
import org.nianbao.statutory.Edition;
import org.nianbao.statutory.ReportContent;
import org.nianbao.statutory.Section;
import org.nianbao.statutory.StatTable;
import org.nianbao.text.Text;
import org.nianbao.validation.Finding;

/**
 * One revision of an agency's report on a year. Its tables are stored as the printed tables read (a row per
 * statutory row, a column per statutory column); {@link #content()} and {@link #replaceContent} convert to and
 * from the plain {@link ReportContent} the rest of the portal works with, through {@link StoredTables} (a table's
 * rows are the field mapped to its {@code code_row} table, a prose section the field named by its code).
 */
@Entity
@EntityListeners(ReportTimes.class)
public class Report {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agency_id")
    private Agency agency;

    private int year;

    private int revision;

    @Convert(converter = EditionConverter.class)
    private Edition edition;

    @Enumerated(EnumType.STRING)
    private ReportStatus status;

    // the prose sections and the statutory tables below are read and written through StoredTables, by their codes
    private String overview = "";

    private String problems = "";

    @Column(name = "other_matters")
    private String otherMatters = "";

    private Instant publishedAt;

    private Instant createdAt;

    private Instant updatedAt;

    private Instant submittedAt;

    private String returnReason;

    private String correctionNote;

    @Version
    private long version;

    /** Written explanations of warnings, by {@link #findingKey(Finding)}; reviewers read them. */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "warning_explanation", joinColumns = @JoinColumn(name = "report_id"))
    @MapKeyColumn(name = "finding_key")
    @Column(name = "explanation")
    private Map<String, String> explanations = new HashMap<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @BatchSize(size = 200) // reports read in chunks (yearly open data) load their rows in one query per table
    @CollectionTable(name = "proactive_row", joinColumns = @JoinColumn(name = "report_id"))
    @MapKeyColumn(name = "row_code")
    private Map<String, ProactiveRow> proactive = new HashMap<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @BatchSize(size = 200) // reports read in chunks (yearly open data) load their rows in one query per table
    @CollectionTable(name = "applications_row", joinColumns = @JoinColumn(name = "report_id"))
    @MapKeyColumn(name = "row_code")
    private Map<String, ApplicationsRow> applications = new HashMap<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @BatchSize(size = 200) // reports read in chunks (yearly open data) load their rows in one query per table
    @CollectionTable(name = "review_litigation_row", joinColumns = @JoinColumn(name = "report_id"))
    @MapKeyColumn(name = "group_code")
    private Map<String, ReviewLitigationRow> reviewLitigation = new HashMap<>();

    protected Report() {
    }

    /** A new draft (revision 1) of {@code agency}'s report on {@code year}, in the edition the year selects. */
    public Report(Agency agency, int year) {
        this.agency = agency;
        this.year = year;
        this.revision = 1;
        this.edition = Edition.forYear(year)
                .orElseThrow(() -> new IllegalArgumentException(Text.of("report.edition.none", year)));
        this.status = ReportStatus.DRAFT;
    }

    /**
     * A report already published elsewhere (an import, or the demo data): its content as printed, approved by its
     * publisher, ready to be published here.
     */
    public static Report imported(Agency agency, ReportContent content) {
        Report report = new Report(agency, content.year());
        report.copyContent(content);
        report.status = ReportStatus.APPROVED;
        return report;
    }

    /** The report as plain values: prose by section code, figures by cell (blank cells absent). */
    public ReportContent content() {
        Map<String, String> sections = new LinkedHashMap<>();
        for (Section section : edition.proseSections()) {
            sections.put(section.code(), StoredTables.prose(this, section.code()));
        }
        Map<Cell, BigDecimal> values = new HashMap<>();
        for (StatTable table : edition.tables()) {
            Map<String, StatutoryRow> rows = StoredTables.rows(this, table.code());
            for (var row : table.rows()) {
                StatutoryRow stored = rows.get(row.code());
                if (stored == null) {
                    continue;
                }
                for (var column : row.columns()) {
                    BigDecimal value = stored.get(column.code());
                    if (value != null) {
                        values.put(new Cell(table.code(), row.code(), column.code()), value);
                    }
                }
            }
        }
        return new ReportContent(agency.getCode(), agency.getName(), year, edition, sections, values);
    }

    /**
     * Replaces the prose and every figure with {@code content}'s (which must be of this report's edition), changed
     * {@code at}.
     */
    public void replaceContent(ReportContent content, Instant at) {
        requireEditable();
        copyContent(content);
        updatedAt = at;
    }

    private void copyContent(ReportContent content) {
        if (content.edition() != edition) {
            throw new IllegalArgumentException("edition " + content.edition() + " is not " + edition);
        }
        for (Section section : edition.proseSections()) {
            StoredTables.setProse(this, section.code(), content.section(section.code()));
        }
        for (StatTable table : edition.tables()) {
            replaceRows(StoredTables.rows(this, table.code()), table, content);
        }
    }

    // ---- the workflow: 草稿 → 待审核 → 退回 | 已审核 → 已发布 -------------------------------------------------------

    public boolean isEditable() {
        return status == ReportStatus.DRAFT || status == ReportStatus.RETURNED;
    }

    private void requireEditable() {
        if (!isEditable()) {
            throw new WorkflowException(Text.of("report.workflow.wrong-status", status.label(),
                    Text.of("report.action.edit")));
        }
    }

    /**
     * Sends the report for review. Refused while any error-level finding remains; every warning needs a written
     * explanation in {@code explanations} (by {@link #findingKey(Finding)}).
     */
    public void submit(List<Finding> findings, Map<String, String> explanations, Instant at) {
        requireEditable();
        long errors = findings.stream().filter(Finding::isError).count();
        if (errors > 0) {
            throw new WorkflowException(Text.of("report.workflow.errors-remain", errors));
        }
        Map<String, String> kept = new HashMap<>();
        for (Finding warning : findings.stream().filter(Finding::isWarning).toList()) {
            String explanation = explanations.getOrDefault(findingKey(warning), "").strip();
            if (explanation.isEmpty()) {
                throw new WorkflowException(Text.of("report.workflow.explanation-missing", warning.rule()));
            }
            kept.put(findingKey(warning), explanation);
        }
        this.explanations.clear();
        this.explanations.putAll(kept);
        this.status = ReportStatus.SUBMITTED;
        this.submittedAt = at;
        this.returnReason = null;
    }

    /** The reviewer sends the report back; the reason is required. */
    public void returnForChanges(String reason) {
        requireStatus(ReportStatus.SUBMITTED, "report.action.return");
        if (reason == null || reason.isBlank()) {
            throw new WorkflowException(Text.of("report.workflow.reason-required"));
        }
        this.returnReason = reason.strip();
        this.status = ReportStatus.RETURNED;
    }

    /** The editor takes a submission back before anyone reviewed it: a draft again, its explanations kept. */
    public void withdraw() {
        requireStatus(ReportStatus.SUBMITTED, "report.action.withdraw");
        this.status = ReportStatus.DRAFT;
        this.submittedAt = null;
    }

    /** The reviewer approves the submitted report. */
    public void approve() {
        requireStatus(ReportStatus.SUBMITTED, "report.action.approve");
        this.status = ReportStatus.APPROVED;
    }

    /** The publisher publishes the approved revision; a published revision never changes. */
    public void publish(Instant at) {
        requireStatus(ReportStatus.APPROVED, "report.action.publish");
        status = ReportStatus.PUBLISHED;
        publishedAt = at;
    }

    /**
     * Opens a correction of this published revision: a new draft revision with the same content and the required
     * 更正说明. This revision stays as published.
     */
    public Report openCorrection(String note) {
        requireStatus(ReportStatus.PUBLISHED, "report.action.correct");
        if (note == null || note.isBlank()) {
            throw new WorkflowException(Text.of("report.workflow.note-required"));
        }
        Report correction = new Report(agency, year);
        correction.revision = revision + 1;
        correction.correctionNote = note.strip();
        correction.copyContent(content());
        correction.explanations.putAll(explanations); // the correction starts with the earlier explanations
        return correction;
    }

    /** Refuses the step unless the report is {@code required}; {@code action} is the message key of its name. */
    private void requireStatus(ReportStatus required, String action) {
        if (status != required) {
            throw new WorkflowException(Text.of("report.workflow.wrong-status", status.label(), Text.of(action)));
        }
    }

    /**
     * A stable key naming a finding (its rule and cells, and for a finding on the prose the section and the words
     * it quotes), under which its explanation is kept.
     */
    public static String findingKey(Finding finding) {
        String cells = finding.cells().stream().map(Cell::key).collect(Collectors.joining(","));
        String key = finding.rule() + ":" + (cells.isEmpty() ? String.valueOf(finding.table()) : cells)
                + (finding.span() == null ? "" : "@" + finding.span().section() + ":" + finding.span().text());
        return key.length() <= 300 ? key : key.substring(0, 300);
    }

    private static void replaceRows(Map<String, StatutoryRow> rows, StatTable table, ReportContent content) {
        rows.clear();
        for (var row : table.rows()) {
            StatutoryRow stored = StoredTables.newRow(table.code());
            boolean blank = true;
            for (var column : row.columns()) {
                BigDecimal value = content.value(table.code(), row.code(), column.code());
                stored.set(column.code(), value);
                blank &= value == null;
            }
            // an all-blank row is not stored: Hibernate reads an all-null embeddable back as null, and would then
            // insert it again (a duplicate key) the next time the row is saved in another session
            if (!blank) {
                rows.put(row.code(), stored);
            }
        }
    }

    public Long getId() {
        return id;
    }

    public Agency getAgency() {
        return agency;
    }

    public int getYear() {
        return year;
    }

    public int getRevision() {
        return revision;
    }

    public Edition getEdition() {
        return edition;
    }

    public ReportStatus getStatus() {
        return status;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    /** Stamps a report about to be stored for the first time with {@code now} (see {@link ReportTimes}). */
    void created(Instant now) {
        createdAt = now;
        if (updatedAt == null) {
            updatedAt = now;
        }
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getReturnReason() {
        return returnReason;
    }

    public String getCorrectionNote() {
        return correctionNote;
    }

    public Map<String, String> getExplanations() {
        return Map.copyOf(explanations);
    }
}
