package org.nianbao.security;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.nianbao.agency.Agency;

/** A role held by a user, on an agency and everything below it (or unscoped for 管理员 and 审计). */
@Entity
public class RoleGrant {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id")
    private AppUser user;

    @Enumerated(EnumType.STRING)
    private Role role;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "agency_id")
    private Agency agency;

    protected RoleGrant() {
    }

    RoleGrant(AppUser user, Role role, Agency agency) {
        this.user = user;
        this.role = role;
        this.agency = agency;
    }

    public Long getId() {
        return id;
    }

    public Role getRole() {
        return role;
    }

    public Agency getAgency() {
        return agency;
    }

    public String label() {
        return agency == null ? role.label() : agency.getName() + " " + role.label();
    }
}
