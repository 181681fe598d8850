package org.nianbao.importing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.nianbao.importing.PdfSource.Segment;
import org.nianbao.importing.PdfSource.Visual;

/**
 * Turns the visual lines of one PDF page into rows of cells (see {@link PdfSource}): table rows with their wrapped
 * labels joined and their figures in columns (blank cells as empty cells), paragraphs with their wrapped lines
 * joined, everything else one line per visual line.
 */
final class PdfRows {

    private final List<Visual> lines;
    /** For each line, the anchor (a line with figures) whose row it belongs to, or -1. */
    private final int[] owner;
    /** For each anchor line, the number of trailing value cells. */
    private final int[] valueCount;

    private PdfRows(List<Visual> lines) {
        this.lines = lines;
        this.owner = new int[lines.size()];
        this.valueCount = new int[lines.size()];
        java.util.Arrays.fill(owner, -1);
    }

    static List<List<String>> rows(List<Visual> lines) {
        return new PdfRows(lines).rows();
    }

    private List<List<String>> rows() {
        for (int i = 0; i < lines.size(); i++) {
            List<Segment> values = values(lines.get(i));
            if (values.stream().anyMatch(Segment::isFigure)) {
                owner[i] = i;
                valueCount[i] = values.size();
            }
        }
        for (int i = 0; i < lines.size(); i++) {
            if (owner[i] < 0 && !lines.get(i).hasFigures()) {
                int above = reachableAnchor(i, -1);
                int below = reachableAnchor(i, 1);
                float up = above < 0 ? Float.MAX_VALUE : lines.get(i).y() - lines.get(above).y();
                float down = below < 0 ? Float.MAX_VALUE : lines.get(below).y() - lines.get(i).y();
                int anchor = up <= down ? above : below;
                if (anchor >= 0) {
                    owner[i] = anchor;
                }
            }
        }
        float right = (float) lines.stream().flatMap(l -> l.segments().stream()).mapToDouble(Segment::end).max()
                .orElse(0);
        List<List<String>> rows = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            if (owner[i] >= 0) {
                int end = i;
                while (end < lines.size() && owner[end] >= 0) {
                    end++;
                }
                rows.addAll(tableRun(i, end));
                i = end;
            } else {
                StringBuilder paragraph = new StringBuilder();
                Visual line = lines.get(i);
                if (line.segments().size() > 1) {
                    rows.add(line.segments().stream().map(Segment::text).toList());
                    i++;
                    continue;
                }
                paragraph.append(line.segments().get(0).text());
                int j = i + 1;
                while (j < lines.size() && owner[j] < 0 && lines.get(j).segments().size() == 1
                        && PdfSource.paragraph(lines.get(j - 1), lines.get(j), right)) {
                    paragraph.append(lines.get(j).segments().get(0).text());
                    j++;
                }
                rows.add(List.of(paragraph.toString()));
                i = j;
            }
        }
        return rows;
    }

    /**
     * The anchor that label-only line {@code i} reaches in direction {@code step} through wrapped lines (each
     * closer than {@link PdfSource#tight} to the next), or -1; its label must lie left of the anchor's figures.
     */
    private int reachableAnchor(int i, int step) {
        for (int j = i + step; j >= 0 && j < lines.size(); j += step) {
            Visual near = lines.get(j - step);
            Visual far = lines.get(j);
            if (!PdfSource.tight(step < 0 ? far : near, step < 0 ? near : far)) {
                return -1;
            }
            if (owner[j] == j) {
                float limit = values(far).get(0).x();
                return lines.get(i).segments().stream().allMatch(s -> s.end() <= limit + 1) ? j : -1;
            }
            if (far.hasFigures()) {
                return -1;
            }
        }
        return -1;
    }

    /** The trailing run of cells that read as figures or blanks (dashes). */
    private static List<Segment> values(Visual line) {
        List<Segment> segments = line.segments();
        int start = segments.size();
        while (start > 0 && PrintedValue.of(segments.get(start - 1).text()).isValue()) {
            start--;
        }
        return segments.subList(start, segments.size());
    }

    /** Rows of lines {@code from} to {@code to}, all owned by anchors; figures placed in the run's columns. */
    private List<List<String>> tableRun(int from, int to) {
        int width = 0;
        for (int i = from; i < to; i++) {
            width = Math.max(width, owner[i] == i ? valueCount[i] : 0);
        }
        float[] starts = new float[width];
        float[] ends = new float[width];
        int full = 0;
        for (int i = from; i < to; i++) {
            if (owner[i] == i && valueCount[i] == width) {
                List<Segment> values = values(lines.get(i));
                for (int c = 0; c < width; c++) {
                    starts[c] += values.get(c).x();
                    ends[c] += values.get(c).end();
                }
                full++;
            }
        }
        for (int c = 0; c < width; c++) {
            starts[c] /= full;
            ends[c] /= full;
        }
        List<List<String>> rows = new ArrayList<>();
        for (int a = from; a < to; a++) {
            if (owner[a] != a) {
                continue;
            }
            List<String> cells = new ArrayList<>(labels(a, from, to));
            String[] slots = new String[width];
            java.util.Arrays.fill(slots, "");
            List<Segment> values = values(lines.get(a));
            int previous = -1;
            for (int v = 0; v < values.size(); v++) {
                Segment value = values.get(v);
                int best = previous + 1;
                for (int c = previous + 1; c <= width - (values.size() - v); c++) {
                    if (distance(value, starts[c], ends[c]) < distance(value, starts[best], ends[best])) {
                        best = c;
                    }
                }
                slots[best] = value.text();
                previous = best;
            }
            cells.addAll(List.of(slots));
            rows.add(cells);
        }
        return rows;
    }

    private static float distance(Segment value, float start, float end) {
        float centre = Math.abs((value.x() + value.end()) / 2 - (start + end) / 2);
        return Math.min(centre, Math.abs(value.end() - end));
    }

    /** The label cells of anchor {@code a}: its own label segments and its attached lines', joined by column. */
    private List<String> labels(int a, int from, int to) {
        record Piece(Segment segment, float y) {
        }
        List<Piece> pieces = new ArrayList<>();
        for (int i = from; i < to; i++) {
            if (owner[i] == a) {
                List<Segment> segments = lines.get(i).segments();
                int labelCount = i == a ? segments.size() - valueCount[a] : segments.size();
                for (Segment s : segments.subList(0, labelCount)) {
                    pieces.add(new Piece(s, lines.get(i).y()));
                }
            }
        }
        pieces.sort(Comparator.comparingDouble((Piece p) -> p.segment().x()));
        List<List<Piece>> columns = new ArrayList<>();
        float columnEnd = -1;
        for (Piece piece : pieces) {
            if (columns.isEmpty() || piece.segment().x() > columnEnd) {
                columns.add(new ArrayList<>());
            }
            columns.get(columns.size() - 1).add(piece);
            columnEnd = Math.max(columnEnd, piece.segment().end());
        }
        return columns.stream().map(column -> {
            column.sort(Comparator.comparingDouble(Piece::y).thenComparingDouble(p -> p.segment().x()));
            return String.join("", column.stream().map(p -> p.segment().text()).toList());
        }).toList();
    }
}
