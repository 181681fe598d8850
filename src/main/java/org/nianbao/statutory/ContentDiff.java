package org.nianbao.statutory;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What changed from one version of a report's content to another: every cell whose figure differs (a blank cell
 * is null, never 0) and every prose section whose text differs, with a character-level diff (Chinese has no
 * spaces between words, so characters are the unit). Used wherever people compare versions: a correction against
 * the revision it supersedes, a resubmission against what the reviewer saw, a long edit in the audit log.
 */
public record ContentDiff(List<CellChange> cells, List<SectionChange> sections) {

    public ContentDiff {
        cells = List.copyOf(cells);
        sections = List.copyOf(sections);
    }

    /** A cell named as the report names it ({@link Edition#cellName}), with its figure before and after. */
    public record CellChange(Cell cell, String name, BigDecimal before, BigDecimal after) {
    }

    /** A prose section whose text changed, with the diff as a sequence of unchanged, deleted and inserted runs. */
    public record SectionChange(String code, String heading, String before, String after, List<Segment> segments) {
    }

    public enum Kind {
        SAME, DELETED, INSERTED
    }

    /** A run of characters that is unchanged, deleted from the old text or inserted into the new one. */
    public record Segment(Kind kind, String text) {

        public boolean same() {
            return kind == Kind.SAME;
        }

        public boolean deleted() {
            return kind == Kind.DELETED;
        }

        public boolean inserted() {
            return kind == Kind.INSERTED;
        }
    }

    /** The changes from {@code before} to {@code after}; both must be of the same edition. */
    public static ContentDiff between(ReportContent before, ReportContent after) {
        if (before.edition() != after.edition()) {
            throw new IllegalArgumentException("cannot compare " + before.edition() + " with " + after.edition());
        }
        Edition edition = after.edition();
        List<CellChange> cells = new ArrayList<>();
        for (Cell cell : edition.cells()) {
            BigDecimal old = before.value(cell);
            BigDecimal now = after.value(cell);
            if (!sameFigure(old, now)) {
                cells.add(new CellChange(cell, edition.cellName(cell), old, now));
            }
        }
        List<SectionChange> sections = new ArrayList<>();
        for (Section section : edition.proseSections()) {
            String old = before.section(section.code());
            String now = after.section(section.code());
            if (!old.equals(now)) {
                sections.add(new SectionChange(section.code(), section.heading(), old, now, segments(old, now)));
            }
        }
        return new ContentDiff(cells, sections);
    }

    public boolean isEmpty() {
        return cells.isEmpty() && sections.isEmpty();
    }

    /** The character-level diff of two texts, adjacent runs of one kind merged. */
    public static List<Segment> segments(String before, String after) {
        List<String> old = characters(before);
        List<String> now = characters(after);
        List<Segment> segments = new ArrayList<>();
        int position = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(old, now).getDeltas()) {
            add(segments, Kind.SAME, old.subList(position, delta.getSource().getPosition()));
            add(segments, Kind.DELETED, delta.getSource().getLines());
            add(segments, Kind.INSERTED, delta.getTarget().getLines());
            position = delta.getSource().getPosition() + delta.getSource().size();
        }
        add(segments, Kind.SAME, old.subList(position, old.size()));
        return segments;
    }

    private static boolean sameFigure(BigDecimal a, BigDecimal b) {
        return a == null || b == null ? Objects.equals(a, b) : a.compareTo(b) == 0;
    }

    private static List<String> characters(String text) {
        return text.codePoints().mapToObj(Character::toString).toList();
    }

    private static void add(List<Segment> segments, Kind kind, List<String> characters) {
        if (characters.isEmpty()) {
            return;
        }
        String text = String.join("", characters);
        int last = segments.size() - 1;
        if (last >= 0 && segments.get(last).kind() == kind) {
            segments.set(last, new Segment(kind, segments.get(last).text() + text));
        } else {
            segments.add(new Segment(kind, text));
        }
    }
}
