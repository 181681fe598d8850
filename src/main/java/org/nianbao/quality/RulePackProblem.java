package org.nianbao.quality;

/** What is wrong with an uploaded rule pack: the line (1-based, 0 when unknown), the field and the Chinese message. */
public record RulePackProblem(int line, String field, String message) {

    @Override
    public String toString() {
        return (line > 0 ? "第 " + line + " 行 " : "") + (field.isEmpty() ? "" : field + "：") + message;
    }
}
