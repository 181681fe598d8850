package org.nianbao.audit;

import java.util.ArrayList;
import java.util.List;
import org.nianbao.statutory.Cell;
import org.nianbao.statutory.ContentDiff;
import org.nianbao.statutory.ContentDiff.Segment;
import org.nianbao.statutory.Edition;
import org.nianbao.statutory.Section;
import org.nianbao.text.Text;

/**
 * An audit event as people read it: the object named as the report names it (表三 第一项 … · 自然人, 一、总体情况)
 * with its code kept, and a long value shown as the change (insertions and deletions) with the unchanged text
 * around it shortened; the whole texts stay available.
 */
public record AuditEntry(String at, String username, String kind, String target, String code, String oldValue,
        String newValue, String comment, List<Piece> change) {

    /** Values longer than this are shown as a diff. */
    static final int LONG = 80;
    /** Unchanged text kept on each side of a change. */
    static final int CONTEXT = 20;
    /** Inserted or deleted text longer than this is cut in the middle. */
    static final int CHANGED = 300;

    /** A run of the shortened change: {@code same}, {@code deleted} or {@code inserted} text. */
    public record Piece(String kind, String text) {
    }

    static AuditEntry of(AuditEvent event, Edition edition) {
        String old = nullToEmpty(event.getOldValue());
        String now = nullToEmpty(event.getNewValue());
        boolean isLong = old.length() > LONG || now.length() > LONG;
        return new AuditEntry(AuditPages.TIME.format(event.getAt()), event.getUsername(), event.getKind().label(),
                name(event, edition), nullToEmpty(event.getTarget()), old, now, nullToEmpty(event.getComment()),
                isLong ? shorten(ContentDiff.segments(old, now)) : List.of());
    }

    public boolean isLong() {
        return !change.isEmpty();
    }

    public int oldLength() {
        return oldValue.codePointCount(0, oldValue.length());
    }

    public int newLength() {
        return newValue.codePointCount(0, newValue.length());
    }

    /** The object as the report names it, or as recorded when it is not a cell or section of {@code edition}. */
    static String name(AuditEvent event, Edition edition) {
        String target = nullToEmpty(event.getTarget());
        if (edition == null) {
            return target;
        }
        if (event.getKind() == AuditKind.CELL) {
            String[] parts = target.split("\\.");
            if (parts.length == 3) {
                Cell cell = new Cell(parts[0], parts[1], parts[2]);
                if (edition.hasCell(cell)) {
                    return edition.cellName(cell);
                }
            }
        }
        if (event.getKind() == AuditKind.SECTION) {
            return edition.sections().stream().filter(s -> s.code().equals(target)).map(Section::heading)
                    .findFirst().orElse(target);
        }
        return target;
    }

    /** The diff with long unchanged runs cut to their ends next to a change, and very long changes cut too. */
    static List<Piece> shorten(List<Segment> segments) {
        List<Piece> pieces = new ArrayList<>();
        for (int i = 0; i < segments.size(); i++) {
            Segment s = segments.get(i);
            String text = s.text();
            if (s.kind() == ContentDiff.Kind.SAME) {
                boolean first = i == 0;
                boolean last = i == segments.size() - 1;
                int keep = first || last ? CONTEXT : 2 * CONTEXT;
                if (length(text) > keep + 1) {
                    String head = first ? "" : take(text, CONTEXT);
                    String tail = last ? "" : takeLast(text, CONTEXT);
                    text = head + "…" + tail;
                }
                pieces.add(new Piece("same", text));
            } else {
                if (length(text) > CHANGED) {
                    text = take(text, CHANGED / 2) + Text.of("audit.diff.omitted", length(text) - CHANGED / 2 - CONTEXT)
                            + takeLast(text, CONTEXT);
                }
                pieces.add(new Piece(s.kind() == ContentDiff.Kind.DELETED ? "deleted" : "inserted", text));
            }
        }
        return pieces;
    }

    private static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    private static String take(String text, int n) {
        return text.substring(0, text.offsetByCodePoints(0, Math.min(n, length(text))));
    }

    private static String takeLast(String text, int n) {
        int count = length(text);
        return text.substring(text.offsetByCodePoints(0, count - Math.min(n, count)));
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
