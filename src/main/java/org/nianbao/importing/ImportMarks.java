package org.nianbao.importing;

import java.util.Optional;
import org.nianbao.report.Report;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 导入 mark of a published revision that came from an imported file, for the public pages: a flag the page reads,
 * with the original file's name, SHA-256 and public address ({@link OriginalFilePages}).
 */
@Service
public class ImportMarks {

    private final ReportImportRepository imports;
    ImportMarks(ReportImportRepository imports) {
        this.imports = imports;
    }

    /** The mark a page shows: the original file's name, its SHA-256 and where to download it. */
    public record Mark(String fileName, String sha256, String href) {
    }

    /** Which of the revisions {@code ids} were imported, in one query. */
    @Transactional(readOnly = true)
    public java.util.Set<Long> imported(java.util.Collection<Long> ids) {
        return ids.isEmpty() ? java.util.Set.of() : new java.util.HashSet<>(imports.findImported(ids));
    }

    /** The mark of {@code revision}, when it was imported. */
    @Transactional(readOnly = true)
    public Optional<Mark> of(Report revision) {
        return imports.findById(revision.getId()).map(i -> new Mark(i.getFileName(), i.getSha256(),
                "/reports/" + revision.getAgency().getCode() + "/" + revision.getYear() + "/revisions/"
                        + revision.getRevision() + "/original"));
    }
}
