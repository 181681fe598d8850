package org.nianbao.quality;

import java.util.List;

/** An uploaded rule pack that cannot be used, with every problem found. */
public class RulePackException extends RuntimeException {

    private final transient List<RulePackProblem> problems;

    RulePackException(List<RulePackProblem> problems) {
        super(String.join("；", problems.stream().map(RulePackProblem::toString).toList()), null, false, false);
        this.problems = List.copyOf(problems);
    }

    public List<RulePackProblem> problems() {
        return problems;
    }
}
