package org.nianbao.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Text cut into parts, the parts that match a search term marked: pages print each part escaped and wrap the marked
 * ones in {@code <mark>}, so no HTML is ever built from the text.
 */
public record Highlight(List<Part> parts) {

    /** A run of text, matched or not. */
    public record Part(String text, boolean marked) {
    }

    public Highlight {
        parts = List.copyOf(parts);
    }

    /** Whether any part is marked. */
    public boolean matches() {
        return parts.stream().anyMatch(Part::marked);
    }

    /** {@code text} with every occurrence of any of {@code terms} marked (case-insensitive). */
    public static Highlight of(String text, List<String> terms) {
        List<Part> parts = new ArrayList<>();
        int plain = 0;
        int i = 0;
        while (i < text.length()) {
            int length = matchAt(text, i, terms);
            if (length > 0) {
                if (i > plain) {
                    parts.add(new Part(text.substring(plain, i), false));
                }
                parts.add(new Part(text.substring(i, i + length), true));
                i += length;
                plain = i;
            } else {
                i++;
            }
        }
        if (plain < text.length()) {
            parts.add(new Part(text.substring(plain), false));
        }
        return new Highlight(parts);
    }

    /**
     * A snippet of {@code text} around the first occurrence of any term, about {@code context} characters either
     * side, with … where it was cut; empty when no term occurs.
     */
    public static Highlight snippet(String text, List<String> terms, int context) {
        int first = -1;
        for (int i = 0; i < text.length() && first < 0; i++) {
            if (matchAt(text, i, terms) > 0) {
                first = i;
            }
        }
        if (first < 0) {
            return new Highlight(List.of());
        }
        int start = Math.max(0, first - context);
        int end = Math.min(text.length(), first + matchAt(text, first, terms) + context * 2);
        if (start > 0 && Character.isLowSurrogate(text.charAt(start))) {
            start--;
        }
        if (end < text.length() && Character.isLowSurrogate(text.charAt(end))) {
            end++;
        }
        String cut = (start > 0 ? "…" : "") + text.substring(start, end).replaceAll("\\s+", " ")
                + (end < text.length() ? "…" : "");
        return of(cut, terms);
    }

    private static int matchAt(String text, int at, List<String> terms) {
        int longest = 0;
        for (String term : terms) {
            if (!term.isEmpty() && term.length() > longest && text.regionMatches(true, at, term, 0, term.length())) {
                longest = term.length();
            }
        }
        return longest;
    }
}
