package org.nianbao.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The first 管理员 of a production database comes from {@code nianbao.admin.*} (NIANBAO_ADMIN_USERNAME /
 * NIANBAO_ADMIN_PASSWORD), checked by the password policy, and only while no administrator exists. Run on the shared
 * test database inside a transaction that takes the administrators away and is rolled back, without starting an
 * application of its own (docs/adr/0029-one-test-context.md).
 */
@PortalTest
class FirstAdministratorTest {

    @Autowired
    AppUserRepository users;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    PasswordPolicy policy;

    @Autowired
    org.springframework.context.ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    JdbcTemplate jdbc;

    final String suffix = Long.toString(System.nanoTime(), 36);

    FirstAdministrator first(String username, String password) {
        return new FirstAdministrator(users, passwords, policy, events, username, password, "系统管理员");
    }

    /** Runs {@code work} on a database with no administrator, then rolls everything back. */
    void withoutAdministrators(Runnable work) {
        tx.executeWithoutResult(status -> {
            status.setRollbackOnly();
            jdbc.update("delete from role_grant where role = 'ADMIN'");
            assertThat(users.existsByGrants_Role(Role.ADMIN)).isFalse();
            work.run();
        });
    }

    @Test
    void theFirstAdministratorComesFromTheEnvironmentOnlyWhileThereIsNone() {
        String chief = "chief." + suffix;
        String second = "second." + suffix;
        withoutAdministrators(() -> {
            first(chief, "伊河陆浑水库长堤").run(null);
            AppUser created = users.findByUsername(chief).orElseThrow();
            assertThat(created.getGrants().stream().map(RoleGrant::getRole).toList()).containsExactly(Role.ADMIN);
            assertThat(passwords.matches("伊河陆浑水库长堤", created.getPasswordHash())).isTrue();

            first(second, "another-long-secret").run(null);
            assertThat(users.findByUsername(second)).as("created once, only while no administrator exists").isEmpty();
        });
        assertThat(users.findByUsername(chief)).as("rolled back").isEmpty();
    }

    @Test
    void anAdministratorAlreadyThereIsLeftAlone() {
        String chief = "chief." + suffix;
        assertThat(users.existsByGrants_Role(Role.ADMIN)).as("the demo admin").isTrue();
        tx.executeWithoutResult(status -> {
            status.setRollbackOnly();
            first(chief, "伊河陆浑水库长堤").run(null);
            assertThat(users.findByUsername(chief)).isEmpty();
        });
    }

    @Test
    void aFirstAdministratorWithACommonPasswordStopsTheStartWithTheReason() {
        String chief = "chief." + suffix;
        withoutAdministrators(() -> {
            long before = users.count();
            assertThatThrownBy(() -> first(chief, "password123").run(null))
                    .hasMessageContaining("NIANBAO_ADMIN_PASSWORD 不符合密码规则");
            assertThat(users.count()).isEqualTo(before);
            assertThat(users.findByUsername(chief)).isEmpty();
        });
        List<String> none = jdbc.queryForList("select username from app_user where username = ?", String.class, chief);
        assertThat(none).isEmpty();
    }
}
