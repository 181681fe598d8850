package org.nianbao.importing;

import org.nianbao.text.Text;

/**
 * Something the importer did not read exactly as declared, shown to the person importing: a printed form it read as
 * the declared one ({@link Kind#READ_AS}), a label it matched only approximately ({@link Kind#APPROXIMATE}), or a
 * line or cell it could not place ({@link Kind#UNRECOGNISED}). {@code where} names the place (表三 第一项 …, or the
 * section), {@code line} the source line, {@code printed} what was there, {@code readAs} what it became (for
 * unrecognised parts: why not).
 */
public record ImportNote(Kind kind, int line, String where, String printed, String readAs) {

    public enum Kind { READ_AS, APPROXIMATE, UNRECOGNISED }

    /** The note as one Chinese sentence. */
    public String message() {
        String at = (line > 0 ? Text.of("import.note.line", line) : "")
                + (where == null || where.isEmpty() ? "" : " " + where);
        return switch (kind) {
            case READ_AS -> Text.of("import.note.read-as", at.strip(), printed, readAs);
            case APPROXIMATE -> Text.of("import.note.approximate", at.strip(), printed, readAs);
            case UNRECOGNISED -> readAs == null ? Text.of("import.note.unrecognised", at.strip(), printed)
                    : Text.of("import.note.unrecognised.why", at.strip(), printed, readAs);
        };
    }
}
