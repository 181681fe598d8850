package org.nianbao.quality;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A text cut into overlapping runs of {@link #SIZE} characters (whitespace left out), the unit in which copied text
 * is measured: a character is copied when a run covering it, that is not boilerplate, also occurs in the source.
 */
final class Shingles {

    /** Eight Chinese characters in a row are rarely shared by chance. */
    static final int SIZE = 8;

    /** A shared stretch shorter than this (a run straddling boilerplate and a common word) is not a passage. */
    static final int MIN_PASSAGE = 12;

    /** A run of text, copied or not, as the side-by-side view prints it. */
    record Segment(String text, boolean copied) {
    }

    private final String text;
    private final int[] positions;
    private final String kept;

    Shingles(String text) {
        this.text = text == null ? "" : text;
        StringBuilder kept = new StringBuilder();
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < this.text.length(); i++) {
            char c = this.text.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                kept.append(c);
                positions.add(i);
            }
        }
        this.kept = kept.toString();
        this.positions = positions.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The number of characters that count: those that are not whitespace. */
    int length() {
        return kept.length();
    }

    Set<String> all() {
        Set<String> all = new HashSet<>();
        for (int i = 0; i + SIZE <= kept.length(); i++) {
            all.add(kept.substring(i, i + SIZE));
        }
        return all;
    }

    /** Which kept characters a run found in {@code source} and not in {@code boilerplate} covers. */
    boolean[] covered(Set<String> source, Set<String> boilerplate) {
        boolean[] covered = new boolean[kept.length()];
        for (int i = 0; i + SIZE <= kept.length(); i++) {
            String run = kept.substring(i, i + SIZE);
            if (source.contains(run) && !boilerplate.contains(run)) {
                for (int j = i; j < i + SIZE; j++) {
                    covered[j] = true;
                }
            }
        }
        int start = -1;
        for (int k = 0; k <= covered.length; k++) {
            boolean on = k < covered.length && covered[k];
            if (on && start < 0) {
                start = k;
            } else if (!on && start >= 0) {
                if (k - start < MIN_PASSAGE) {
                    java.util.Arrays.fill(covered, start, k, false);
                }
                start = -1;
            }
        }
        return covered;
    }

    static int count(boolean[] covered) {
        int n = 0;
        for (boolean c : covered) {
            n += c ? 1 : 0;
        }
        return n;
    }

    /** The text cut into copied and other segments (whitespace goes with the character before it). */
    List<Segment> segments(boolean[] covered) {
        List<Segment> segments = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        boolean copied = false;
        int next = 0;
        for (int k = 0; k < positions.length; k++) {
            int at = positions[k];
            if (covered[k] != copied && run.length() > 0) {
                segments.add(new Segment(run.toString(), copied));
                run.setLength(0);
            }
            copied = covered[k];
            run.append(text, next, at + 1);
            next = at + 1;
        }
        run.append(text.substring(next));
        if (run.length() > 0) {
            segments.add(new Segment(run.toString(), copied));
        }
        return segments;
    }

    /** The offsets in the original text of the first copied passage, or null when nothing is copied. */
    int[] firstPassage(boolean[] covered) {
        int start = -1;
        for (int k = 0; k < covered.length; k++) {
            if (covered[k] && start < 0) {
                start = k;
            } else if (!covered[k] && start >= 0) {
                return new int[] {positions[start], positions[k - 1] + 1};
            }
        }
        return start < 0 ? null : new int[] {positions[start], positions[covered.length - 1] + 1};
    }
}
