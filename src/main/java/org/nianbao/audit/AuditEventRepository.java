package org.nianbao.audit;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface AuditEventRepository extends JpaRepository<AuditEvent, Long>, JpaSpecificationExecutor<AuditEvent> {

    List<AuditEvent> findByReportIdOrderByAtAscIdAsc(Long reportId);

    List<AuditEvent> findByKindOrderByAtDesc(AuditKind kind);

    List<AuditEvent> findByKindOrderByLastAtDesc(AuditKind kind);

    /** Counts one more failed sign-in on the latest row for the name and address, if it is recent enough. */
    @Modifying
    @Query(nativeQuery = true, value = """
            update audit_event set occurrences = occurrences + 1, last_at = :now
            where id = (select id from audit_event
                        where kind = 'LOGIN_FAILED' and target = :name and comment = :comment and last_at > :since
                        order by id desc limit 1)""")
    int countAgain(@Param("name") String name, @Param("comment") String comment, @Param("now") Instant now,
            @Param("since") Instant since);
}
