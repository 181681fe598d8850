package org.nianbao.workflow;

import java.util.ArrayList;
import java.util.List;

/**
 * The reviewer's form that sends a report back: the reason, and up to {@link #ROWS} comments, each on a cell or a
 * section ({@code targets[i]}, {@code texts[i]}), as typed.
 */
public record ReturnForm(String reason, List<String> targets, List<String> texts) {

    static final int ROWS = 3;

    public ReturnForm {
        targets = pad(targets);
        texts = pad(texts);
    }

    static ReturnForm blank() {
        return new ReturnForm("", List.of(), List.of());
    }

    private static List<String> pad(List<String> values) {
        List<String> padded = new ArrayList<>(values == null ? List.of() : values);
        padded.replaceAll(v -> v == null ? "" : v.strip());
        while (padded.size() < ROWS) {
            padded.add("");
        }
        return List.copyOf(padded.subList(0, ROWS));
    }

    public List<Integer> rows() {
        return java.util.stream.IntStream.range(0, ROWS).boxed().toList();
    }

    public String target(int row) {
        return targets.get(row);
    }

    public String text(int row) {
        return texts.get(row);
    }
}
