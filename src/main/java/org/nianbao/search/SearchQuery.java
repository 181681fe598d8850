package org.nianbao.search;

import java.util.Arrays;
import java.util.List;

/**
 * What someone typed into the search box, made safe to search for: control characters dropped, white space
 * collapsed, cut to {@link #MAX_LENGTH} characters, split into at most {@link #MAX_TERMS} terms (every term must
 * occur). The raw text is never put into SQL or HTML as is: terms are bound as parameters (see {@link #likePattern})
 * and pages print them escaped.
 *
 * @param text      the cleaned query as searched
 * @param truncated whether the typed query was longer than {@link #MAX_LENGTH} and was cut
 */
public record SearchQuery(String text, boolean truncated) {

    public static final int MAX_LENGTH = 100;
    public static final int MAX_TERMS = 5;

    public static SearchQuery of(String typed) {
        if (typed == null) {
            return new SearchQuery("", false);
        }
        String cleaned = typed.codePoints()
                .map(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
                        || Character.getType(c) == Character.SURROGATE ? ' ' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString()
                .replaceAll("[\\s\\u3000]+", " ").strip();
        boolean truncated = cleaned.codePointCount(0, cleaned.length()) > MAX_LENGTH;
        if (truncated) {
            cleaned = cleaned.substring(0, cleaned.offsetByCodePoints(0, MAX_LENGTH)).strip();
        }
        return new SearchQuery(cleaned, truncated);
    }

    public boolean isEmpty() {
        return text.isEmpty();
    }

    /** The terms every result must contain, distinct, at most {@link #MAX_TERMS}. */
    public List<String> terms() {
        if (text.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(text.split(" ")).distinct().limit(MAX_TERMS).toList();
    }

    /** {@code term} as an ILIKE pattern matching it anywhere, {@code \ % _} escaped (escape character {@code \}). */
    public static String likePattern(String term) {
        return "%" + escapeLike(term) + "%";
    }

    /** {@code term} with {@code \ % _} escaped for LIKE (escape character {@code \}). */
    public static String escapeLike(String term) {
        return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /**
     * {@code term} as a LIKE pattern over {@code search_grams} (V80): lower case, a {@code q} before and after every
     * character, so that even a term of one character has a trigram ({@code q镇q}) the index holds.
     */
    public static String gramsPattern(String term) {
        StringBuilder pattern = new StringBuilder("%q");
        term.toLowerCase(java.util.Locale.ROOT).codePoints()
                .forEach(c -> pattern.append(escapeLike(Character.toString(c))).append('q'));
        return pattern.append('%').toString();
    }
}
