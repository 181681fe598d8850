package org.nianbao.opendata;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.nianbao.report.Report;
import org.nianbao.report.ReportRepository;
import org.nianbao.statutory.Edition;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The published reports as open data: per report, one line per cell; per year, one line per agency and one column
 * per cell (latest revisions only). See {@link OpenDataSchema} for the columns.
 */
@Service
public class OpenDataExport {

    private final ReportRepository reports;

    OpenDataExport(ReportRepository reports) {
        this.reports = reports;
    }

    /** The latest published revision of {@code agencyCode}'s report on {@code year}, as CSV, if published. */
    @Transactional(readOnly = true)
    public Optional<byte[]> reportCsv(String agencyCode, int year) {
        return reports.findLatestPublished(agencyCode, year).map(OpenDataExport::reportCsv);
    }

    /** A published revision as CSV, one line per cell (call inside a transaction). */
    public static byte[] reportCsv(Report revision) {
        PublishedData data = new PublishedData(revision.content(), revision.getRevision(), revision.getPublishedAt(),
                revision.getCorrectionNote());
        return Csv.write(OpenDataSchema.CELL_LINE_HEADER, data.cellLines());
    }

    /** Every report on {@code year} (latest revisions), agencies in registration order; empty if none is published. */
    @Transactional(readOnly = true)
    public List<PublishedData> year(int year) {
        return reports.findLatestPublished().stream().filter(r -> r.getYear() == year)
                .sorted((a, b) -> a.getAgency().getId().compareTo(b.getAgency().getId()))
                .map(OpenDataExport::data).toList();
    }

    /** The yearly file as CSV ({@code edition} is the year's). */
    public static byte[] yearCsv(Edition edition, List<PublishedData> year) {
        return Csv.write(OpenDataSchema.header(edition), year.stream().map(PublishedData::yearLine).toList());
    }

    /** The yearly file as an Excel workbook. */
    public static byte[] yearXlsx(Edition edition, List<PublishedData> year) {
        List<OpenDataSchema.Field> fields = new ArrayList<>(OpenDataSchema.REPORT_COLUMNS);
        fields.addAll(OpenDataSchema.cells(edition));
        return Xlsx.write(OpenDataSchema.header(edition), year.stream().map(PublishedData::yearLine).toList(), fields);
    }

    private static PublishedData data(Report report) {
        return new PublishedData(report.content(), report.getRevision(), report.getPublishedAt());
    }
}
