package org.nianbao.admin;

import org.nianbao.agency.Agency;
import org.nianbao.agency.AgencyRepository;
import org.nianbao.audit.AuditLog;
import org.nianbao.security.AppUser;
import org.nianbao.security.AppUserRepository;
import org.nianbao.security.PasswordPolicy;
import org.nianbao.security.StaffSessions;
import org.nianbao.text.Text;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What 管理员 do: add agencies and accounts, grant and revoke roles. Every change goes to the audit log. */
@Service
class Administration {

    private final AgencyRepository agencies;
    private final AppUserRepository users;
    private final PasswordEncoder passwords;
    private final AuditLog auditLog;
    private final PasswordPolicy policy;
    private final StaffSessions sessions;

    Administration(AgencyRepository agencies, AppUserRepository users, PasswordEncoder passwords, AuditLog auditLog,
            PasswordPolicy policy, StaffSessions sessions) {
        this.agencies = agencies;
        this.users = users;
        this.passwords = passwords;
        this.auditLog = auditLog;
        this.policy = policy;
        this.sessions = sessions;
    }

    @Transactional
    public Agency createAgency(Forms.AgencyForm form, String admin) {
        if (agencies.findByCode(form.code()).isPresent()) {
            throw FieldProblem.of("code", "admin.agency.code.taken", form.code());
        }
        Agency parent = parent(form.parentCode());
        String problem = form.kind().placementProblem(parent == null ? null : parent.getKind());
        if (problem != null) {
            throw FieldProblem.text("parentCode", problem);
        }
        Agency agency = new Agency(form.code(), form.name().strip(), form.kind(), parent, form.divisionCode());
        agency.setContactEmail(form.contactEmail());
        agencies.save(agency);
        auditLog.recordAdmin(admin, Text.of("admin.audit.target.agency", agency.getCode()),
                agency.getDivisionCode() == null ? Text.of("admin.audit.agency.created", agency.getName())
                        : Text.of("admin.audit.agency.created-with-division", agency.getName(),
                                agency.getDivisionCode()));
        return agency;
    }

    /**
     * Changes an agency's 行政区划代码 and reminder address, and moves it (with everything below it; its reports
     * and history stay attached to it) under another parent. Each change goes to the audit log.
     */
    @Transactional
    public Agency changeAgency(String code, Forms.AgencyChangeForm form, String admin) {
        Agency agency = agencies.findByCode(code).orElseThrow(() -> FieldProblem.of("parentCode", "admin.agency.unknown"));
        Agency parent = parent(form.parentCode());
        String before = agency.getParent() == null ? Text.of("admin.audit.agency.no-parent")
                : agency.getParent().getName();
        if (parent != agency.getParent()) {
            try {
                agency.moveUnder(parent);
            } catch (IllegalArgumentException e) {
                throw FieldProblem.text("parentCode", e.getMessage());
            }
            auditLog.recordAdmin(admin, Text.of("admin.audit.target.agency", agency.getCode()),
                    Text.of("admin.audit.agency.moved", before,
                            parent == null ? Text.of("admin.audit.agency.no-parent") : parent.getName()));
        }
        String division = form.divisionCode() == null || form.divisionCode().isBlank() ? null
                : form.divisionCode().strip();
        if (!java.util.Objects.equals(division, agency.getDivisionCode())) {
            auditLog.recordAdmin(admin, Text.of("admin.audit.target.agency", agency.getCode()),
                    Text.of("admin.audit.agency.division-code", agency.getDivisionCode(), division));
            agency.setDivisionCode(division);
        }
        String email = form.contactEmail() == null || form.contactEmail().isBlank() ? null
                : form.contactEmail().strip();
        if (!java.util.Objects.equals(email, agency.getContactEmail())) {
            auditLog.recordAdmin(admin, Text.of("admin.audit.target.agency", agency.getCode()),
                    Text.of("admin.audit.agency.contact-email", agency.getContactEmail(), email));
            agency.setContactEmail(email);
        }
        return agency;
    }

    private Agency parent(String parentCode) {
        if (parentCode == null || parentCode.isBlank()) {
            return null;
        }
        return agencies.findByCode(parentCode.strip())
                .orElseThrow(() -> FieldProblem.of("parentCode", "admin.agency.unknown-code", parentCode));
    }

    @Transactional
    public AppUser createUser(Forms.UserForm form, String admin) {
        if (users.findByUsername(form.username()).isPresent()) {
            throw FieldProblem.of("username", "admin.user.username.taken", form.username());
        }
        policy.problem(form.password(), form.username()).ifPresent(problem -> {
            throw FieldProblem.text("password", problem);
        });
        AppUser user = users.save(new AppUser(form.username(), form.displayName().strip(),
                passwords.encode(form.password())));
        auditLog.recordAdmin(admin, Text.of("admin.audit.target.user", user.getUsername()),
                Text.of("admin.audit.user.created"));
        return user;
    }

    @Transactional
    public void grant(long userId, Forms.GrantForm form, String admin) {
        AppUser user = users.findById(userId).orElseThrow(() -> FieldProblem.of("role", "admin.user.unknown"));
        Agency agency = null;
        if (form.role().isScoped()) {
            if (form.agencyCode() == null || form.agencyCode().isBlank()) {
                throw FieldProblem.of("agencyCode", "admin.grant.agency-required", form.role().label());
            }
            agency = agencies.findByCode(form.agencyCode())
                    .orElseThrow(() -> FieldProblem.of("agencyCode", "admin.agency.unknown-code", form.agencyCode()));
        }
        user.grant(form.role(), agency);
        auditLog.recordAdmin(admin, Text.of("admin.audit.target.user", user.getUsername()),
                agency == null ? Text.of("admin.audit.grant", form.role().label())
                        : Text.of("admin.audit.grant-in", agency.getName(), form.role().label()));
    }

    /** Revokes a grant and ends the user's sessions (on every instance): the next request must sign in again. */
    @Transactional
    public void revoke(long userId, long grantId, String admin) {
        users.findById(userId).ifPresent(user -> {
            user.revoke(grantId);
            auditLog.recordAdmin(admin, Text.of("admin.audit.target.user", user.getUsername()),
                    Text.of("admin.audit.revoke", grantId));
            sessions.endAll(user.getUsername(), null);
        });
    }

    /** Enables or disables an account; disabling ends its sessions on every instance. */
    @Transactional
    public void setEnabled(long userId, boolean enabled, String admin) {
        users.findById(userId).ifPresent(user -> {
            user.setEnabled(enabled);
            auditLog.recordAdmin(admin, Text.of("admin.audit.target.user", user.getUsername()),
                    Text.of(enabled ? "admin.audit.user.enabled" : "admin.audit.user.disabled"));
            if (!enabled) {
                sessions.endAll(user.getUsername(), null);
            }
        });
    }

    /** The user must choose a new password at the next sign-in; their sessions end now. */
    @Transactional
    public void forcePasswordReset(long userId, String admin) {
        users.findById(userId).ifPresent(user -> {
            user.requirePasswordReset();
            auditLog.recordAdmin(admin, Text.of("admin.audit.target.user", user.getUsername()),
                    Text.of("admin.audit.user.password-reset"));
            sessions.endAll(user.getUsername(), null);
        });
    }

}
