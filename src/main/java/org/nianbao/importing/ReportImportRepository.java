package org.nianbao.importing;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ReportImportRepository extends JpaRepository<ReportImport, Long> {

    /** Which of the revisions {@code ids} were imported (without reading their original files). */
    @Query("select i.reportId from ReportImport i where i.reportId in :ids")
    List<Long> findImported(Collection<Long> ids);
}
