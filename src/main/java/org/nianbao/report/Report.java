package org.nianbao.report;

import org.hibernate.annotations.BatchSize;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
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
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.nianbao.agency.Agency;
import org.nianbao.statutory.Cell;
import org.nianbao.statutory.Edition;
import org.nianbao.statutory.ReportContent;
import org.nianbao.statutory.StatTable;
import org.nianbao.validation.Finding;

/**
 * One revision of an agency's report on a year. Its tables are stored as the printed tables read (a row per
 * statutory row, a column per statutory column); {@link #content()} and {@link #replaceContent} convert to and
 * from the plain {@link ReportContent} the rest of the portal works with.
 */
@Entity
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
                .orElseThrow(() -> new IllegalArgumentException(year + " 年没有适用的报告格式"));
        this.status = ReportStatus.DRAFT;
        this.createdAt = Instant.now();
        this.updatedAt = createdAt;
    }

    /**
     * A report already published elsewhere (an import, or the demo data): its content as printed, approved by its
     * publisher, ready to be published here.
     */
    public static Report imported(Agency agency, ReportContent content) {
        Report report = new Report(agency, content.year());
        report.replaceContent(content);
        report.status = ReportStatus.APPROVED;
        return report;
    }

    /** The report as plain values: prose by section code, figures by cell (blank cells absent). */
    public ReportContent content() {
        Map<String, String> sections = new LinkedHashMap<>();
        sections.put("overview", overview);
        sections.put("problems", problems);
        sections.put("other_matters", otherMatters);
        Map<Cell, BigDecimal> values = new HashMap<>();
        for (StatTable table : edition.tables()) {
            Map<String, ? extends StatutoryRow> rows = rows(table.code());
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

    /** Replaces the prose and every figure with {@code content}'s (which must be of this report's edition). */
    public void replaceContent(ReportContent content) {
        requireEditable();
        if (content.edition() != edition) {
            throw new IllegalArgumentException("edition " + content.edition() + " is not " + edition);
        }
        overview = content.section("overview");
        problems = content.section("problems");
        otherMatters = content.section("other_matters");
        replaceRows(proactive, ProactiveRow::new, edition.table("proactive").orElseThrow(), content);
        replaceRows(applications, ApplicationsRow::new, edition.table("applications").orElseThrow(), content);
        replaceRows(reviewLitigation, ReviewLitigationRow::new, edition.table("review_litigation").orElseThrow(),
                content);
        updatedAt = Instant.now();
    }

    // ---- the workflow: 草稿 → 待审核 → 退回 | 已审核 → 已发布 -------------------------------------------------------

    public boolean isEditable() {
        return status == ReportStatus.DRAFT || status == ReportStatus.RETURNED;
    }

    private void requireEditable() {
        if (!isEditable()) {
            throw new WorkflowException("报告当前状态为“" + status.label() + "”，不能修改");
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
            throw new WorkflowException("还有 " + errors + " 个错误未改正，不能提交审核");
        }
        Map<String, String> kept = new HashMap<>();
        for (Finding warning : findings.stream().filter(Finding::isWarning).toList()) {
            String explanation = explanations.getOrDefault(findingKey(warning), "").strip();
            if (explanation.isEmpty()) {
                throw new WorkflowException("请为每个警告填写说明后再提交（" + warning.rule() + "）");
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
        requireStatus(ReportStatus.SUBMITTED, "退回");
        if (reason == null || reason.isBlank()) {
            throw new WorkflowException("请填写退回原因");
        }
        this.returnReason = reason.strip();
        this.status = ReportStatus.RETURNED;
    }

    /** The editor takes a submission back before anyone reviewed it: a draft again, its explanations kept. */
    public void withdraw() {
        requireStatus(ReportStatus.SUBMITTED, "撤回");
        this.status = ReportStatus.DRAFT;
        this.submittedAt = null;
    }

    /** The reviewer approves the submitted report. */
    public void approve() {
        requireStatus(ReportStatus.SUBMITTED, "审核通过");
        this.status = ReportStatus.APPROVED;
    }

    /** The publisher publishes the approved revision; a published revision never changes. */
    public void publish(Instant at) {
        requireStatus(ReportStatus.APPROVED, "发布");
        status = ReportStatus.PUBLISHED;
        publishedAt = at;
    }

    /**
     * Opens a correction of this published revision: a new draft revision with the same content and the required
     * 更正说明. This revision stays as published.
     */
    public Report openCorrection(String note) {
        requireStatus(ReportStatus.PUBLISHED, "更正");
        if (note == null || note.isBlank()) {
            throw new WorkflowException("请填写更正说明");
        }
        Report correction = new Report(agency, year);
        correction.revision = revision + 1;
        correction.correctionNote = note.strip();
        correction.replaceContent(content());
        correction.explanations.putAll(explanations); // the correction starts with the earlier explanations
        return correction;
    }

    private void requireStatus(ReportStatus required, String action) {
        if (status != required) {
            throw new WorkflowException("报告当前状态为“" + status.label() + "”，不能" + action);
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

    private static <R extends StatutoryRow> void replaceRows(Map<String, R> rows, Supplier<R> newRow, StatTable table,
            ReportContent content) {
        rows.clear();
        for (var row : table.rows()) {
            R stored = newRow.get();
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

    private Map<String, ? extends StatutoryRow> rows(String table) {
        return switch (table) {
            case "proactive" -> proactive;
            case "applications" -> applications;
            case "review_litigation" -> reviewLitigation;
            default -> throw new IllegalArgumentException("no table " + table);
        };
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
