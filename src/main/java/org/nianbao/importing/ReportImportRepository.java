package org.nianbao.importing;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ReportImportRepository extends JpaRepository<ReportImport, Long> {
}
