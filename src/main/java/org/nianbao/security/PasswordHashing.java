package org.nianbao.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.NoOpPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * How passwords are stored: {@code {bcrypt-sha256}} — BCrypt of the Base64 SHA-256 of the UTF-8 password (44 bytes),
 * so that a password of any length (64 Chinese characters are 192 bytes) is hashed whole and BCrypt's 72-byte limit
 * never throws. Hashes written before ({@code {bcrypt}}) still match; a password over 72 bytes simply does not
 * match them (instead of an exception).
 */
final class PasswordHashing {

    static final String ID = "bcrypt-sha256";

    private PasswordHashing() {
    }

    @SuppressWarnings("deprecation") // {noop} only matches hashes written so; nothing new is encoded with it
    static PasswordEncoder encoder() {
        BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();
        DelegatingPasswordEncoder delegating = new DelegatingPasswordEncoder(ID, Map.of(
                ID, new PreHashed(bcrypt),
                "bcrypt", new AtMost72Bytes(bcrypt),
                "noop", NoOpPasswordEncoder.getInstance()));
        return delegating;
    }

    private record PreHashed(BCryptPasswordEncoder bcrypt) implements PasswordEncoder {

        @Override
        public String encode(CharSequence raw) {
            return bcrypt.encode(digest(raw));
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            return raw != null && bcrypt.matches(digest(raw), encoded);
        }

        private static String digest(CharSequence raw) {
            try {
                byte[] hash = MessageDigest.getInstance("SHA-256")
                        .digest(raw.toString().getBytes(StandardCharsets.UTF_8));
                return Base64.getEncoder().encodeToString(hash);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private record AtMost72Bytes(BCryptPasswordEncoder bcrypt) implements PasswordEncoder {

        @Override
        public String encode(CharSequence raw) {
            return bcrypt.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            return raw != null && raw.toString().getBytes(StandardCharsets.UTF_8).length <= 72
                    && bcrypt.matches(raw, encoded);
        }
    }
}
