package org.nianbao.validation;

/**
 * A place in the prose a finding points at: the section (its code), the characters {@code start} (inclusive) to
 * {@code end} (exclusive) of that section's text, and the text there, quoted in the message.
 */
public record TextSpan(String section, int start, int end, String text) {

    /** The span of {@code text[start, end)} in {@code section}. */
    public static TextSpan of(String section, String text, int start, int end) {
        return new TextSpan(section, start, end, text.substring(start, end));
    }
}
