package org.nianbao.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.nianbao.text.Text;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What a new password must be: 8 to 64 characters (counted as a person counts them, so 8 Chinese characters are 8,
 * not 24 bytes), no control characters, not the user name, and not one of the 10,000 most common passwords
 * ({@code security/common-passwords.txt}, source and licence beside it). Any length within the limit hashes safely:
 * {@link PasswordHashing} pre-hashes, so BCrypt's 72-byte limit never applies.
 */
@Component
public class PasswordPolicy {

    public static final int MIN = 8;
    public static final int MAX = 64;

    private final Set<String> common;

    PasswordPolicy() {
        try (InputStream in = new ClassPathResource("security/common-passwords.txt").getInputStream()) {
            common = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty()).map(l -> l.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many passwords the common list holds. */
    int commonCount() {
        return common.size();
    }

    /** The Chinese message saying what is wrong with {@code password} for {@code username}; empty if it is fine. */
    public Optional<String> problem(String password, String username) {
        if (password == null || password.isEmpty()) {
            return Optional.of(Text.of("security.password.required"));
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN || length > MAX) {
            return Optional.of(Text.of("security.password.length", MIN, MAX, length));
        }
        if (password.codePoints().anyMatch(Character::isISOControl)) {
            return Optional.of(Text.of("security.password.control-characters"));
        }
        if (username != null && password.equalsIgnoreCase(username)) {
            return Optional.of(Text.of("security.password.same-as-username"));
        }
        if (common.contains(password.toLowerCase(Locale.ROOT))) {
            return Optional.of(Text.of("security.password.common"));
        }
        return Optional.empty();
    }
}
