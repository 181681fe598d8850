package org.nianbao.quality;

import org.nianbao.text.Text;

/** What is wrong with an uploaded rule pack: the line (1-based, 0 when unknown), the field and the Chinese message. */
public record RulePackProblem(int line, String field, String message) {

    @Override
    public String toString() {
        if (line > 0) {
            return field.isEmpty() ? Text.of("quality.rule-pack.problem.line", line, message)
                    : Text.of("quality.rule-pack.problem.line-field", line, field, message);
        }
        return field.isEmpty() ? message : Text.of("quality.rule-pack.problem.field", field, message);
    }
}
