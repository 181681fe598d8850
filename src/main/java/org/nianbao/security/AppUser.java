package org.nianbao.security;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;
import org.nianbao.agency.Agency;
import org.nianbao.text.Text;

/** A staff account: who signs in, and the roles granted to it. */
@Entity
public class AppUser {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String username;

    private String displayName;

    private String passwordHash;

    private boolean enabled = true;

    /** Set by an administrator: the user must choose a new password at the next sign-in. */
    private boolean passwordResetRequired;

    @Version
    private long version;

    @OneToMany(mappedBy = "user", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    private List<RoleGrant> grants = new ArrayList<>();

    protected AppUser() {
    }

    public AppUser(String username, String displayName, String passwordHash) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
    }

    public void grant(Role role, Agency agency) {
        if (role.isScoped() != (agency != null)) {
            throw new IllegalArgumentException(Text.of(role.isScoped() ? "security.grant.agency-required"
                    : "security.grant.agency-not-allowed", role.label()));
        }
        boolean held = grants.stream().anyMatch(g -> g.getRole() == role
                && (agency == null ? g.getAgency() == null
                        : g.getAgency() != null && agency.getId().equals(g.getAgency().getId())));
        if (!held) {
            grants.add(new RoleGrant(this, role, agency));
        }
    }

    public void revoke(Long grantId) {
        grants.removeIf(g -> g.getId() != null && g.getId().equals(grantId));
    }

    public void changePassword(String passwordHash) {
        this.passwordHash = passwordHash;
        this.passwordResetRequired = false;
    }

    public void requirePasswordReset() {
        this.passwordResetRequired = true;
    }

    public boolean isPasswordResetRequired() {
        return passwordResetRequired;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public long getVersion() {
        return version;
    }

    public List<RoleGrant> getGrants() {
        return List.copyOf(grants);
    }
}
