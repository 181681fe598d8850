package org.nianbao.importing;

import java.util.List;
import org.nianbao.agency.Agency;
import org.nianbao.agency.AgencyRepository;
import org.nianbao.report.PublishedReports;
import org.nianbao.statutory.ReportContent;
import org.nianbao.validation.Finding;
import org.nianbao.validation.Validator;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads a published report from a file and checks it, saving nothing: the agency is the one given, else the one the
 * portal knows by the printed name (when exactly one agency has it); R1–R4 check the printed figures as printed,
 * R5–R7 run against the agency's previous-year report when the portal has published it.
 */
@Service
public class Importer {

    private final PublishedReports published;
    private final AgencyRepository agencies;

    Importer(PublishedReports published, AgencyRepository agencies) {
        this.published = published;
        this.agencies = agencies;
    }

    /** A report read and checked: what was read and every finding on it. */
    public record Checked(Imported imported, List<Finding> findings) {

        public ReportContent content() {
            return imported.content();
        }
    }

    /**
     * @param agencyCode the agency the report is for, or null to find it by the printed name
     * @throws ImportException when the file cannot be read as a report at all
     */
    @Transactional(readOnly = true)
    public Checked read(byte[] bytes, ImportFormat format, String agencyCode) {
        Imported imported = Importing.read(bytes, format, agencyCode);
        if (agencyCode == null) {
            List<Agency> named = agencies.findByName(imported.content().agencyName());
            if (named.size() == 1) {
                ReportContent c = imported.content();
                imported = new Imported(new ReportContent(named.get(0).getCode(), c.agencyName(), c.year(),
                        c.edition(), c.sections(), c.values()), imported.publishedOn(), imported.notes());
            }
        }
        ReportContent content = imported.content();
        ReportContent previous = published.content(content.agencyCode(), content.year() - 1).orElse(null);
        return new Checked(imported, Validator.validate(content, previous));
    }
}
