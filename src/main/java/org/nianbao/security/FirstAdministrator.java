package org.nianbao.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The first 管理员 of a production database, from {@code NIANBAO_ADMIN_USERNAME} and {@code NIANBAO_ADMIN_PASSWORD}
 * (a password the operator chooses, checked by {@link PasswordPolicy}): created at start-up when no account holds
 * 管理员, never otherwise, so the variables can be removed once it exists. A password the policy refuses stops the
 * start-up with the reason.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final AppUserRepository users;
    private final PasswordEncoder passwords;
    private final PasswordPolicy policy;
    private final ApplicationEventPublisher events;
    private final String username;
    private final String password;
    private final String displayName;

    FirstAdministrator(AppUserRepository users, PasswordEncoder passwords, PasswordPolicy policy,
            ApplicationEventPublisher events, @Value("${nianbao.admin.username:}") String username,
            @Value("${nianbao.admin.password:}") String password,
            @Value("${nianbao.admin.display-name:系统管理员}") String displayName) {
        this.users = users;
        this.passwords = passwords;
        this.policy = policy;
        this.events = events;
        this.username = username.strip();
        this.password = password;
        this.displayName = displayName.strip();
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (users.existsByGrants_Role(Role.ADMIN)) {
            return;
        }
        if (username.isEmpty() || password.isEmpty()) {
            log.warn("No administrator yet: set NIANBAO_ADMIN_USERNAME and NIANBAO_ADMIN_PASSWORD and restart "
                    + "to create the first one (docs/deployment.md).");
            return;
        }
        if (!username.matches("[a-z0-9._-]{1,64}")) {
            throw new IllegalStateException("NIANBAO_ADMIN_USERNAME 只能由小写字母、数字、点、下划线和连字符组成（最多 64 个）");
        }
        policy.problem(password, username).ifPresent(problem -> {
            throw new IllegalStateException("NIANBAO_ADMIN_PASSWORD 不符合密码规则：" + problem);
        });
        if (users.findByUsername(username).isPresent()) {
            throw new IllegalStateException("用户 " + username + " 已存在但不是管理员；请换一个 NIANBAO_ADMIN_USERNAME");
        }
        AppUser admin = new AppUser(username, displayName.isEmpty() ? "系统管理员" : displayName,
                passwords.encode(password));
        admin.grant(Role.ADMIN, null);
        users.save(admin);
        events.publishEvent(new AccountChanged("（启动）", "用户 " + username, "由环境变量创建首个管理员"));
        log.info("Created the first administrator '{}' from NIANBAO_ADMIN_USERNAME/NIANBAO_ADMIN_PASSWORD", username);
    }
}
