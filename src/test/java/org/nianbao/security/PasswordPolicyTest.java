package org.nianbao.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The password policy counts characters, refuses the common passwords, and any allowed password hashes whole. */
class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();
    private final PasswordEncoder encoder = PasswordHashing.encoder();

    @Test
    void lengthIsCountedInCharactersNotBytes() {
        assertThat(policy.problem("陆浑水库嵩县伊河", "someone")).isEmpty(); // 8 characters, 24 bytes
        assertThat(policy.problem("陆浑水库嵩县伊", "someone")).contains("密码长度应为 8 到 64 个字符（现为 7 个）");
        assertThat(policy.problem("嵩".repeat(64), "someone")).isEmpty(); // 192 bytes
        assertThat(policy.problem("嵩".repeat(65), "someone")).contains("密码长度应为 8 到 64 个字符（现为 65 个）");
        assertThat(policy.problem("𠀀".repeat(8), "someone")).as("8 characters outside the BMP (16 chars in Java)")
                .isEmpty();
        assertThat(policy.problem("𠀀".repeat(4), "someone")).contains("密码长度应为 8 到 64 个字符（现为 4 个）");
    }

    @Test
    void theTenThousandMostCommonPasswordsAreRefusedWhateverTheirCase() {
        assertThat(policy.commonCount()).isBetween(9_000, 10_000);
        for (String common : new String[] {"password", "12345678", "qwertyuiop", "PassWord1", "iloveyou", "11111111"}) {
            assertThat(policy.problem(common, "someone")).as(common)
                    .contains("这是最常用的一万个密码之一，很容易被猜中，请换一个");
        }
        assertThat(policy.problem("correct horse battery staple", "someone")).isEmpty();
    }

    @Test
    void controlCharactersAndTheUserNameAreRefused() {
        assertThat(policy.problem("abc\u0000defgh1", "someone")).contains("密码不能包含换行、制表符等控制字符");
        assertThat(policy.problem("Editor.Luhun", "editor.luhun")).contains("密码不能与用户名相同");
        assertThat(policy.problem("", "someone")).contains("请设置密码");
        assertThat(policy.problem(null, "someone")).contains("请设置密码");
    }

    @Test
    void passwordsLongerThan72BytesAreHashedWholeAndNeverThrow() {
        String long1 = "嵩".repeat(30) + "一";
        String long2 = "嵩".repeat(30) + "二"; // the same first 90 bytes: plain bcrypt would not tell them apart
        String hash = encoder.encode(long1);
        assertThat(hash).startsWith("{bcrypt-sha256}$2");
        assertThat(encoder.matches(long1, hash)).isTrue();
        assertThat(encoder.matches(long2, hash)).isFalse();
    }

    @Test
    void hashesWrittenBeforeStillMatchAndALongPasswordAgainstThemIsFalseNotAnError() {
        String old = "{bcrypt}" + new BCryptPasswordEncoder().encode("demo");
        assertThat(encoder.matches("demo", old)).isTrue();
        assertThat(encoder.matches("wrong", old)).isFalse();
        assertThat(encoder.matches("嵩".repeat(40), old)).isFalse();
    }
}
