package org.nianbao.importing;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Compares printed labels with declared ones regardless of the differences that carry no meaning: full- and
 * half-width forms, whitespace and line breaks, quotes, numbering (「一、」「（一）」「1.」「1、」「（1）」) and a trailing
 * colon.
 */
final class Labels {

    private static final Pattern NUMBERING = Pattern.compile(
            "^(第?[一二三四五六七八九十]+[、.,]|\\(?[一二三四五六七八九十]+\\)|\\(\\d+\\)|\\d+[.、,)]|[-•·*])");
    private static final Pattern BRACKETED = Pattern.compile("\\([^()]*\\)");
    private static final Pattern SPACE = Pattern.compile("[\\s\\u00a0\\u3000]+");

    private Labels() {
    }

    /** Full-width forms folded (NFKC), whitespace removed. */
    static String fold(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC);
        return SPACE.matcher(folded).replaceAll("").replace('【', '(').replace('】', ')').replace('〔', '(')
                .replace('〕', ')').replace('：', ':');
    }

    /** The comparison key of a label: folded, quotes, numbering and a trailing colon removed. */
    static String key(String label) {
        String key = fold(label).replaceAll("[\"'“”‘’「」『』]", "");
        String previous;
        do {
            previous = key;
            key = NUMBERING.matcher(key).replaceFirst("");
        } while (!key.equals(previous) && !key.isEmpty());
        return key.replaceAll("[:;,.。]+$", "");
    }

    /** The key without bracketed notes (「（区分处理的，只计这一情形，不计其他情形）」, 「（单位：万元）」). */
    static String bareKey(String label) {
        return BRACKETED.matcher(key(label)).replaceAll("");
    }

    /** The numbering a label starts with (「1.」「（三）」), or "" when it has none. */
    static String numbering(String label) {
        var m = NUMBERING.matcher(fold(label));
        return m.find() ? m.group() : "";
    }

    /** Similarity of two keys, 0 to 1: one minus their edit distance over the longer length. */
    static double similarity(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return 1.0 - (double) previous[b.length()] / Math.max(a.length(), b.length());
    }
}
