package org.nianbao.faults;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;

/**
 * The portal's messages ({@code messages.properties}, through Spring's {@code MessageSource}) in the one language the
 * portal speaks: what code says to people, e.g. input errors beside their fields or what a step did.
 */
@Component
public class Messages {

    private final MessageSource source;

    Messages(MessageSource source) {
        this.source = source;
    }

    public String message(MessageSourceResolvable resolvable) {
        return source.getMessage(resolvable, Locale.SIMPLIFIED_CHINESE);
    }

    public String message(String code, Object... args) {
        return source.getMessage(code, args, Locale.SIMPLIFIED_CHINESE);
    }

    /** Each rejected field's message, by field name (the first error of a field wins). */
    public Map<String, String> byField(Errors errors) {
        Map<String, String> messages = new LinkedHashMap<>();
        for (FieldError error : errors.getFieldErrors()) {
            messages.putIfAbsent(error.getField(), message(error));
        }
        return messages;
    }
}
