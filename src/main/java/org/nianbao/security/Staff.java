package org.nianbao.security;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in staff member: the principal of every staff request ({@code @AuthenticationPrincipal Staff me}).
 * {@code grants} are (role, agency id or null) pairs; {@link Access} decides what they cover.
 */
public record Staff(long id, String username, String displayName, String passwordHash, boolean enabled,
        List<Grant> grants) implements UserDetails {

    public record Grant(Role role, Long agencyId) implements java.io.Serializable {
    }

    public Staff {
        grants = List.copyOf(grants);
    }

    static Staff of(AppUser user) {
        return new Staff(user.getId(), user.getUsername(), user.getDisplayName(), user.getPasswordHash(),
                user.isEnabled(), user.getGrants().stream()
                        .map(g -> new Grant(g.getRole(), g.getAgency() == null ? null : g.getAgency().getId()))
                        .toList());
    }

    public boolean has(Role role) {
        return grants.stream().anyMatch(g -> g.role() == role);
    }

    public Set<Role> roles() {
        return grants.stream().map(Grant::role).collect(Collectors.toSet());
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles().stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r.name())).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public String toString() {
        return "Staff[" + username + "]"; // never the hash
    }
}
