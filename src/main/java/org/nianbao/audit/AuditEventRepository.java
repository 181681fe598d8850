package org.nianbao.audit;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AuditEventRepository extends JpaRepository<AuditEvent, Long> {

    List<AuditEvent> findByReportIdOrderByAtAscIdAsc(Long reportId);

    List<AuditEvent> findByKindOrderByAtDesc(AuditKind kind);
}
