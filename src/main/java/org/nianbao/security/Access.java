package org.nianbao.security;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.nianbao.agency.Agency;
import org.nianbao.agency.AgencyRepository;
import org.nianbao.text.Text;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may do what, on which agency. A scoped grant covers its agency and every agency below it; 管理员 manages
 * agencies, users and roles; 审计 reads everything (drafts and the audit log included) and changes nothing.
 * Nobody sees or changes another agency's drafts unless a grant covers that agency.
 */
@Service
public class Access {

    private final AgencyRepository agencies;

    Access(AgencyRepository agencies) {
        this.agencies = agencies;
    }

    /** Fill in and save drafts (填报人). */
    public boolean canEdit(Staff staff, Agency agency) {
        return covers(staff, Role.EDITOR, agency);
    }

    /** Return or approve submitted reports (审核人). */
    public boolean canReview(Staff staff, Agency agency) {
        return covers(staff, Role.REVIEWER, agency);
    }

    /** Publish approved reports and open corrections (发布人). */
    public boolean canPublish(Staff staff, Agency agency) {
        return covers(staff, Role.PUBLISHER, agency);
    }

    /** Read drafts, submitted reports and the audit log of the agency. */
    public boolean canRead(Staff staff, Agency agency) {
        return staff.has(Role.AUDITOR) || canEdit(staff, agency) || canReview(staff, agency)
                || canPublish(staff, agency);
    }

    public boolean canReadAuditLog(Staff staff, Agency agency) {
        return staff.has(Role.AUDITOR) || canReview(staff, agency) || canPublish(staff, agency);
    }

    public boolean isAdmin(Staff staff) {
        return staff.has(Role.ADMIN);
    }

    /** Throws (403, the Chinese access-denied page) unless {@code allowed}. */
    public static void require(boolean allowed) {
        if (!allowed) {
            throw new AccessDeniedException(Text.of("security.access.denied"));
        }
    }

    /** Every agency the staff member can read, in the hierarchy's order. */
    @Transactional(readOnly = true)
    public List<Agency> readableAgencies(Staff staff) {
        return agencies.findAll().stream().filter(a -> canRead(staff, a))
                .sorted((a, b) -> a.getCode().compareTo(b.getCode())).toList();
    }

    private boolean covers(Staff staff, Role role, Agency agency) {
        if (agency == null) {
            return false;
        }
        Set<Long> lineage = lineage(agency);
        return staff.grants().stream().anyMatch(g -> g.role() == role && lineage.contains(g.agencyId()));
    }

    /** The agency's id and its ancestors' ids. */
    private static Set<Long> lineage(Agency agency) {
        Set<Long> ids = new HashSet<>();
        for (Agency a = agency; a != null; a = a.getParent()) {
            ids.add(a.getId());
        }
        return ids;
    }
}
