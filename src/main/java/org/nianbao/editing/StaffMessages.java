package org.nianbao.editing;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;

/**
 * The Chinese messages of the staff workspace ({@code staff-messages.properties}): what input errors in a
 * {@code BindingResult} say beside their fields.
 */
@Component
public class StaffMessages {

    private final ResourceBundleMessageSource source = new ResourceBundleMessageSource();

    StaffMessages() {
        source.setBasename("staff-messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        source.setUseCodeAsDefaultMessage(true);
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
