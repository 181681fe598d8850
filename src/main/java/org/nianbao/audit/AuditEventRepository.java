package org.nianbao.audit;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface AuditEventRepository extends JpaRepository<AuditEvent, Long>, JpaSpecificationExecutor<AuditEvent> {

    List<AuditEvent> findByReportIdOrderByAtAscIdAsc(Long reportId);

    List<AuditEvent> findByKindOrderByAtDesc(AuditKind kind);
}
