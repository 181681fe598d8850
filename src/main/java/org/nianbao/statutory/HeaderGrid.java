package org.nianbao.statutory;

import java.util.ArrayList;
import java.util.List;

/**
 * Merged headers from label paths, as a printed table merges them. Each leaf (a column, or a row) has a path of
 * labels, outermost first, all of the same depth. Neighbouring leaves that share a label under the same parent
 * share one header across them; a label repeated down one path spans those levels.
 */
final class HeaderGrid {

    /** A merged header: {@code label} at {@code level} (0 outermost) over leaves {@code first}..first+span-1. */
    record Rect(String label, int level, int levels, int first, int span) {

        boolean covers(int leaf) {
            return leaf >= first && leaf < first + span;
        }
    }

    private HeaderGrid() {
    }

    static List<Rect> of(List<List<String>> paths) {
        int depth = paths.get(0).size();
        List<Rect> rects = new ArrayList<>();
        List<Rect> above = List.of();
        for (int level = 0; level < depth; level++) {
            List<Rect> here = new ArrayList<>();
            int first = 0;
            for (int leaf = 1; leaf <= paths.size(); leaf++) {
                if (leaf == paths.size() || !sharePrefix(paths.get(leaf), paths.get(first), level)) {
                    Rect rect = new Rect(paths.get(first).get(level), level, 1, first, leaf - first);
                    Rect merged = mergeDown(above, rect, rects);
                    here.add(merged);
                    first = leaf;
                }
            }
            above = here;
        }
        return rects;
    }

    /** Repeats the last label of {@code path} until it has {@code depth} labels. */
    static List<String> padLast(List<String> path, int depth) {
        List<String> padded = new ArrayList<>(path);
        while (padded.size() < depth) {
            padded.add(path.get(path.size() - 1));
        }
        return padded;
    }

    private static Rect mergeDown(List<Rect> above, Rect rect, List<Rect> rects) {
        for (Rect candidate : above) {
            if (candidate.first() == rect.first() && candidate.span() == rect.span()
                    && candidate.label().equals(rect.label())) {
                Rect longer = new Rect(candidate.label(), candidate.level(), candidate.levels() + 1, candidate.first(),
                        candidate.span());
                rects.set(rects.indexOf(candidate), longer);
                return longer;
            }
        }
        rects.add(rect);
        return rect;
    }

    private static boolean sharePrefix(List<String> a, List<String> b, int level) {
        return a.subList(0, level + 1).equals(b.subList(0, level + 1));
    }
}
