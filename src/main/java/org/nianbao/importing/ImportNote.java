package org.nianbao.importing;

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
        String at = (line > 0 ? "第 " + line + " 行" : "") + (where == null || where.isEmpty() ? "" : " " + where);
        return switch (kind) {
            case READ_AS -> at.strip() + "：「" + printed + "」读作「" + readAs + "」";
            case APPROXIMATE -> at.strip() + "：「" + printed + "」近似匹配为「" + readAs + "」，请核对";
            case UNRECOGNISED -> at.strip() + "：未能识别「" + printed + "」" + (readAs == null ? "" : "（" + readAs + "）");
        };
    }
}
