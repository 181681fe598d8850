package org.nianbao.workflow;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.nianbao.draft.Draft;
import org.nianbao.draft.FindingLink;

/**
 * The submit form: one explanation per warning, as typed, each field named by {@link FindingLink#fieldId()}
 * (a hash of the finding's key: the rule and the cells it concerns).
 */
public record SubmitForm(Draft draft, Map<String, String> typed) {

    public SubmitForm {
        typed = Map.copyOf(typed);
    }

    /** The form as the saved report fills it: explanations given at an earlier submission. */
    static SubmitForm of(Draft draft) {
        Map<String, String> typed = new HashMap<>();
        for (FindingLink warning : warningsOf(draft)) {
            String earlier = draft.explanation(warning.finding());
            typed.put(warning.fieldId(), earlier == null ? "" : earlier);
        }
        return new SubmitForm(draft, typed);
    }

    static SubmitForm from(Draft draft, Map<String, String> params) {
        Map<String, String> typed = new HashMap<>();
        for (FindingLink warning : warningsOf(draft)) {
            typed.put(warning.fieldId(), params.getOrDefault(warning.fieldId(), ""));
        }
        return new SubmitForm(draft, typed);
    }

    private static List<FindingLink> warningsOf(Draft draft) {
        return draft.findingLinks().stream().filter(f -> f.finding().isWarning()).toList();
    }

    public List<FindingLink> warnings() {
        return warningsOf(draft);
    }

    public List<FindingLink> errors() {
        return draft.findingLinks().stream().filter(FindingLink::error).toList();
    }

    public String explanation(FindingLink warning) {
        return typed.getOrDefault(warning.fieldId(), "");
    }

    /** The explanations by finding key, as the report keeps them. */
    Map<String, String> explanationsByKey() {
        Map<String, String> byKey = new HashMap<>();
        for (FindingLink warning : warnings()) {
            byKey.put(warning.key(), explanation(warning));
        }
        return byKey;
    }
}
