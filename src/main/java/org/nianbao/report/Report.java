package org.nianbao.report;

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
import java.util.function.Supplier;
import org.nianbao.agency.Agency;
import org.nianbao.statutory.Cell;
import org.nianbao.statutory.Edition;
import org.nianbao.statutory.ReportContent;
import org.nianbao.statutory.StatTable;

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

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "proactive_row", joinColumns = @JoinColumn(name = "report_id"))
    @MapKeyColumn(name = "row_code")
    private Map<String, ProactiveRow> proactive = new HashMap<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "applications_row", joinColumns = @JoinColumn(name = "report_id"))
    @MapKeyColumn(name = "row_code")
    private Map<String, ApplicationsRow> applications = new HashMap<>();

    @ElementCollection(fetch = FetchType.LAZY)
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

    /** Publishes this revision now. */
    public void publish(Instant at) {
        status = ReportStatus.PUBLISHED;
        publishedAt = at;
    }

    private static <R extends StatutoryRow> void replaceRows(Map<String, R> rows, Supplier<R> newRow, StatTable table,
            ReportContent content) {
        rows.clear();
        for (var row : table.rows()) {
            R stored = newRow.get();
            for (var column : row.columns()) {
                stored.set(column.code(), content.value(table.code(), row.code(), column.code()));
            }
            rows.put(row.code(), stored);
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
}
