package org.nianbao.security;

import java.util.Locale;
import java.util.Optional;
import org.nianbao.text.Text;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Changing one's own password: the current one, the policy, and every other session of the user ended. */
@Service
class PasswordChange {

    /** What is wrong and with which field ({@code current}, {@code password} or {@code confirm}). */
    record Problem(String field, String message) {
    }

    private final AppUserRepository users;
    private final PasswordEncoder passwords;
    private final PasswordPolicy policy;
    private final StaffSessions sessions;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;

    PasswordChange(AppUserRepository users, PasswordEncoder passwords, PasswordPolicy policy, StaffSessions sessions,
            ApplicationEventPublisher events, MessageSource messages) {
        this.messages = messages;
        this.users = users;
        this.passwords = passwords;
        this.policy = policy;
        this.sessions = sessions;
        this.events = events;
    }

    @Transactional
    public Optional<Problem> change(long userId, String current, String password, String confirm,
            String keepSessionId) {
        AppUser user = users.findById(userId).orElse(null);
        if (user == null || !passwords.matches(current, user.getPasswordHash())) {
            return Optional.of(problem("current", "security.password.current-wrong"));
        }
        Optional<String> problem = policy.problem(password, user.getUsername());
        if (problem.isPresent()) {
            return Optional.of(new Problem("password", problem.get()));
        }
        if (!password.equals(confirm)) {
            return Optional.of(problem("confirm", "security.password.confirm-differs"));
        }
        if (passwords.matches(password, user.getPasswordHash())) {
            return Optional.of(problem("password", "security.password.unchanged"));
        }
        user.changePassword(passwords.encode(password));
        events.publishEvent(new AccountChanged(user.getUsername(), Text.of("security.audit.target.user",
                user.getUsername()), Text.of("security.audit.password-changed")));
        sessions.endAll(user.getUsername(), keepSessionId);
        return Optional.empty();
    }

    @Transactional(readOnly = true)
    public Staff reload(long userId) {
        return Staff.of(users.findById(userId).orElseThrow());
    }

    private Problem problem(String field, String code) {
        return new Problem(field, messages.getMessage(code, null, Locale.SIMPLIFIED_CHINESE));
    }
}
