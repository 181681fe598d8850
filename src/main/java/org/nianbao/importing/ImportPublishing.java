package org.nianbao.importing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.nianbao.agency.Agency;
import org.nianbao.agency.AgencyRepository;
import org.nianbao.publishing.Publisher;
import org.nianbao.publishing.ReportView;
import org.nianbao.report.Report;
import org.nianbao.report.ReportRepository;
import org.nianbao.statutory.ReportContent;
import org.nianbao.text.Text;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Confirms an import: the report read from the file becomes a published historical revision of its agency's report
 * on its year, figures as printed (wrong sums included: they stay visible as findings), published on the date the
 * report prints (or the date entered), so that the timeliness board counts it with that date; the original file
 * is kept beside it ({@link ReportImport}). All or nothing: one transaction. Callers check that the person may
 * publish for the agency.
 */
@Service
public class ImportPublishing {

    private final Importer importer;
    private final AgencyRepository agencies;
    private final ReportRepository reports;
    private final Publisher publisher;
    private final ReportImportRepository imports;
    private final Clock clock;

    ImportPublishing(Importer importer, AgencyRepository agencies, ReportRepository reports, Publisher publisher,
            ReportImportRepository imports, Clock clock) {
        this.importer = importer;
        this.agencies = agencies;
        this.reports = reports;
        this.publisher = publisher;
        this.imports = imports;
        this.clock = clock;
    }

    /** The original file of an imported revision and the agency it belongs to. */
    public record Original(Agency agency, String fileName, String mediaType, byte[] content) {
    }

    /** The original file of revision {@code reportId}, when it was imported. */
    @Transactional(readOnly = true)
    public java.util.Optional<Original> original(long reportId) {
        return imports.findById(reportId).flatMap(i -> reports.findById(reportId).map(r -> new Original(
                agencies.findById(r.getAgency().getId()).orElseThrow(), i.getFileName(), i.getMediaType(),
                i.getContent())));
    }

    /**
     * Imports and publishes {@code bytes} as {@code agencyCode}'s report.
     *
     * @param publishedOn the publication date entered, or null to take the date printed in the report
     * @throws ImportException when the file cannot be read, the agency is unknown, no date is known, the date is in
     *         the future, or the agency already has a report on that year
     */
    @Transactional
    public Report confirm(String agencyCode, byte[] bytes, ImportFormat format, String fileName,
            LocalDate publishedOn, String importedBy) {
        return confirm(agencyCode, bytes, format, fileName, publishedOn, importedBy, null);
    }

    /**
     * As {@link #confirm(String, byte[], ImportFormat, String, LocalDate, String)}, on {@code year} instead of the
     * printed year when it is given (a title that prints the wrong year); it must be a year of the same edition.
     */
    @Transactional
    public Report confirm(String agencyCode, byte[] bytes, ImportFormat format, String fileName,
            LocalDate publishedOn, String importedBy, Integer year) {
        Agency agency = agencies.findByCode(agencyCode)
                .orElseThrow(() -> new ImportException(Text.of("import.publish.no-agency", agencyCode)));
        Imported imported = importer.read(bytes, format, agencyCode).imported();
        if (year != null && year != imported.content().year()) {
            ReportContent c = imported.content();
            if (!c.edition().equals(org.nianbao.statutory.Edition.forYear(year).orElse(null))) {
                throw new ImportException(Text.of("import.publish.other-edition", c.edition().toString(), year));
            }
            imported = new Imported(new ReportContent(c.agencyCode(), c.agencyName(), year, c.edition(), c.sections(),
                    c.values()), imported.publishedOn(), imported.notes());
        }
        LocalDate date = publishedOn != null ? publishedOn : imported.publishedOn();
        if (date == null) {
            throw new ImportException(Text.of("import.published-on.required"));
        }
        if (date.isAfter(LocalDate.now(clock.withZone(ReportView.CHINA)))) {
            throw new ImportException(Text.of("import.publish.future", date.toString()));
        }
        int reportYear = imported.content().year();
        if (reports.existsByAgencyAndYear(agency, reportYear)) {
            throw new ImportException(Text.of("import.publish.exists", agency.getName(), reportYear));
        }
        Report report = Report.imported(agency, imported.content());
        Instant at = date.atStartOfDay(ReportView.CHINA).toInstant();
        Report published = publisher.publish(report, at);
        imports.save(new ReportImport(published.getId(), fileName == null || fileName.isBlank() ? "report" : fileName,
                format.mediaType(), bytes, Publisher.sha256(bytes), date, importedBy, Instant.now(clock)));
        return published;
    }
}
