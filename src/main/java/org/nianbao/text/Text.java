package org.nianbao.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * The portal's messages ({@code messages.properties}, ADR 0028) for plain Java that has no Spring context: the
 * validation rules, the exchange format, the importer. It reads the same file as Spring's {@code MessageSource}
 * ({@code faults.Messages}, templates' {@code #{key}}) and treats it the same way: a message without arguments is
 * taken as written; one with arguments goes through {@link MessageFormat} (write {@code ''} for {@code '}). Whole
 * numbers among the arguments are written as they are, without grouping ({@code 12345}, not {@code 12,345}), as
 * the figures of the statutory tables are everywhere else.
 */
public final class Text {

    private static final Properties MESSAGES = load();

    private Text() {
    }

    /** The message {@code code} with {@code args}; a code missing from the file is a programming error. */
    public static String of(String code, Object... args) {
        String pattern = MESSAGES.getProperty(code);
        if (pattern == null) {
            throw new IllegalArgumentException("no message " + code + " in messages.properties");
        }
        if (args.length == 0) {
            return pattern;
        }
        Object[] written = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            Object arg = args[i];
            written[i] = arg instanceof Integer || arg instanceof Long || arg instanceof Short || arg instanceof Byte
                    || arg instanceof java.math.BigInteger ? arg.toString() : arg;
        }
        return new MessageFormat(pattern, Locale.SIMPLIFIED_CHINESE).format(written);
    }

    /** The message {@code code} as written, if the file has one (for codes built from data, e.g. a rule's id). */
    public static Optional<String> find(String code) {
        return Optional.ofNullable(MESSAGES.getProperty(code));
    }

    private static Properties load() {
        Properties messages = new Properties();
        try (InputStream in = Text.class.getResourceAsStream("/messages.properties")) {
            if (in == null) {
                throw new IllegalStateException("messages.properties is not on the class path");
            }
            messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return messages;
    }
}
