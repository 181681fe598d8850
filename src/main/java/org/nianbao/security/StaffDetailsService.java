package org.nianbao.security;

import org.nianbao.text.Text;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads staff accounts for form login. */
@Service
class StaffDetailsService implements UserDetailsService {

    private final AppUserRepository users;

    StaffDetailsService(AppUserRepository users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return users.findByUsername(username).map(Staff::of)
                .orElseThrow(() -> new UsernameNotFoundException(Text.of("security.sign-in.failed")));
    }
}
