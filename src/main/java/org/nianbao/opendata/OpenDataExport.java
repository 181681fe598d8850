package org.nianbao.opendata;

import java.util.Optional;
import org.nianbao.report.Report;
import org.nianbao.report.ReportRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The published reports as open data: per report, one line per cell ({@link YearFiles} writes the yearly files). See
 * {@link OpenDataSchema} for the columns.
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
}
