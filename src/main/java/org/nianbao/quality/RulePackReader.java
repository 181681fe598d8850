package org.nianbao.quality;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nianbao.statutory.Edition;
import org.nianbao.statutory.Section;
import org.nianbao.text.Text;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a rule pack written in YAML or JSON (JSON is read as YAML) and says, in Chinese, every line and field that
 * is wrong. The fields: {@code name}; {@code deadline} ("MM-DD") and {@code deadline_points}; {@code rules}, each
 * with {@code id}, {@code title}, {@code kind} (max_length, min_length, required_mentions, finding),
 * {@code section} (overview, problems, other_matters), {@code max}/{@code min}, {@code mentions},
 * {@code with_count}, {@code findings}, {@code points} and {@code max_points}.
 */
public final class RulePackReader {

    static final int MAX_CHARS = 100_000;
    private static final Pattern MONTH_DAY = Pattern.compile("(\\d{1,2})-(\\d{1,2})");
    private static final Set<String> TOP = Set.of("name", "deadline", "deadline_points", "rules");
    private static final Set<String> RULE = Set.of("id", "title", "kind", "section", "max", "min", "mentions",
            "with_count", "findings", "points", "max_points");

    private final List<RulePackProblem> problems = new ArrayList<>();

    private RulePackReader() {
    }

    /** The pack in {@code source}; a {@link RulePackException} lists every problem when it is not a valid pack. */
    public static RulePack read(String source) {
        return new RulePackReader().parse(source);
    }

    private RulePack parse(String source) {
        if (source == null || source.isBlank()) {
            throw new RulePackException(List.of(new RulePackProblem(0, "", Text.of("quality.rule-pack.empty"))));
        }
        if (source.length() > MAX_CHARS) {
            throw new RulePackException(List.of(new RulePackProblem(0, "", Text.of("quality.rule-pack.too-long"))));
        }
        Node root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(new StringReader(source));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            throw new RulePackException(List.of(new RulePackProblem(mark == null ? 0 : mark.getLine() + 1, "",
                    Text.of("quality.rule-pack.not-yaml.at", e.getProblem()))));
        } catch (YAMLException e) {
            throw new RulePackException(List.of(new RulePackProblem(0, "", Text.of("quality.rule-pack.not-yaml"))));
        }
        if (!(root instanceof MappingNode top)) {
            throw new RulePackException(List.of(new RulePackProblem(root == null ? 0 : line(root), "",
                    Text.of("quality.rule-pack.not-object"))));
        }
        Map<String, Node> fields = fields(top, "", TOP);
        String name = text(fields, "name", "", true);
        MonthDay deadline = null;
        String deadlineText = text(fields, "deadline", "", false);
        if (deadlineText != null) {
            Matcher m = MONTH_DAY.matcher(deadlineText);
            try {
                if (!m.matches()) {
                    throw new DateTimeException(deadlineText);
                }
                deadline = MonthDay.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            } catch (DateTimeException e) {
                problem(fields.get("deadline"), "deadline",
                        Text.of("quality.rule-pack.deadline.invalid", deadlineText));
            }
        }
        BigDecimal deadlinePoints = points(fields, "deadline_points", "", deadline != null);
        List<RulePack.Rule> rules = new ArrayList<>();
        Node list = fields.get("rules");
        if (list == null) {
            problems.add(new RulePackProblem(line(top), "rules", Text.of("quality.rule-pack.field.required")));
        } else if (!(list instanceof SequenceNode sequence) || sequence.getValue().isEmpty()) {
            problem(list, "rules", Text.of("quality.rule-pack.rules.empty"));
        } else {
            Set<String> ids = new HashSet<>();
            for (int i = 0; i < sequence.getValue().size(); i++) {
                RulePack.Rule rule = rule(sequence.getValue().get(i), "rules[" + i + "]");
                if (rule != null && !ids.add(rule.id())) {
                    problem(sequence.getValue().get(i), "rules[" + i + "].id",
                            Text.of("quality.rule-pack.rule.duplicate", rule.id()));
                }
                rules.add(rule);
            }
        }
        if (!problems.isEmpty()) {
            throw new RulePackException(problems);
        }
        return new RulePack(name, deadline, deadlinePoints, rules);
    }

    private RulePack.Rule rule(Node node, String path) {
        if (!(node instanceof MappingNode mapping)) {
            problem(node, path, Text.of("quality.rule-pack.rule.not-object"));
            return null;
        }
        Map<String, Node> fields = fields(mapping, path + ".", RULE);
        String id = text(fields, "id", path + ".", true);
        String title = text(fields, "title", path + ".", false);
        String kindText = text(fields, "kind", path + ".", true);
        RulePack.Kind kind = null;
        if (kindText != null) {
            kind = Arrays.stream(RulePack.Kind.values()).filter(k -> k.code().equals(kindText)).findFirst()
                    .orElse(null);
            if (kind == null) {
                problem(fields.get("kind"), path + ".kind", Text.of("quality.rule-pack.kind.unknown",
                        kindText));
            }
        }
        BigDecimal points = points(fields, "points", path + ".", true);
        BigDecimal maxPoints = points(fields, "max_points", path + ".", false);
        String section = null;
        int limit = 0;
        List<String> mentions = List.of();
        List<String> findings = List.of();
        boolean withCount = false;
        if (kind != null && kind != RulePack.Kind.FINDING) {
            section = text(fields, "section", path + ".", true);
            List<String> codes = Edition.E2021.proseSections().stream().map(Section::code).toList();
            if (section != null && !codes.contains(section)) {
                problem(fields.get("section"), path + ".section", Text.of("quality.rule-pack.section.unknown", section,
                        String.join("、", codes)));
            }
        }
        if (kind == RulePack.Kind.MAX_LENGTH || kind == RulePack.Kind.MIN_LENGTH) {
            String field = kind == RulePack.Kind.MAX_LENGTH ? "max" : "min";
            BigDecimal value = number(fields, field, path + ".", true);
            if (value != null) {
                if (value.signum() <= 0 || value.stripTrailingZeros().scale() > 0) {
                    problem(fields.get(field), path + "." + field, Text.of("quality.rule-pack.positive-integer"));
                } else {
                    limit = value.intValue();
                }
            }
        }
        if (kind == RulePack.Kind.REQUIRED_MENTIONS) {
            mentions = texts(fields, "mentions", path + ".");
            Node count = fields.get("with_count");
            if (count != null) {
                String value = scalar(count, path + ".with_count");
                if (value != null && !value.equals("true") && !value.equals("false")) {
                    problem(count, path + ".with_count", Text.of("quality.rule-pack.boolean"));
                }
                withCount = "true".equals(value);
            }
        }
        if (kind == RulePack.Kind.FINDING) {
            findings = texts(fields, "findings", path + ".");
        }
        return new RulePack.Rule(id, title == null ? id : title, kind, section, limit, mentions, withCount, findings,
                points, maxPoints);
    }

    private Map<String, Node> fields(MappingNode mapping, String path, Set<String> known) {
        Map<String, Node> fields = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            String key = tuple.getKeyNode() instanceof ScalarNode s ? s.getValue() : "?";
            if (!known.contains(key)) {
                problem(tuple.getKeyNode(), path + key, Text.of("quality.rule-pack.field.unknown",
                        String.join("、", known.stream().sorted().toList())));
            } else if (fields.put(key, tuple.getValueNode()) != null) {
                problem(tuple.getKeyNode(), path + key, Text.of("quality.rule-pack.field.duplicate"));
            }
        }
        return fields;
    }

    private String text(Map<String, Node> fields, String key, String path, boolean required) {
        Node node = fields.get(key);
        if (node == null) {
            if (required) {
                problems.add(new RulePackProblem(0, path + key, Text.of("quality.rule-pack.field.required")));
            }
            return null;
        }
        String value = scalar(node, path + key);
        if (value != null && value.isBlank()) {
            problem(node, path + key, Text.of("quality.rule-pack.field.blank"));
            return null;
        }
        return value == null ? null : value.strip();
    }

    private List<String> texts(Map<String, Node> fields, String key, String path) {
        Node node = fields.get(key);
        if (node == null) {
            problems.add(new RulePackProblem(0, path + key, Text.of("quality.rule-pack.field.required")));
            return List.of();
        }
        if (!(node instanceof SequenceNode sequence) || sequence.getValue().isEmpty()) {
            problem(node, path + key, Text.of("quality.rule-pack.list.empty"));
            return List.of();
        }
        List<String> values = new ArrayList<>();
        for (int i = 0; i < sequence.getValue().size(); i++) {
            String value = scalar(sequence.getValue().get(i), path + key + "[" + i + "]");
            if (value != null && !value.isBlank()) {
                values.add(value.strip());
            }
        }
        return values;
    }

    private BigDecimal number(Map<String, Node> fields, String key, String path, boolean required) {
        Node node = fields.get(key);
        if (node == null) {
            if (required) {
                problems.add(new RulePackProblem(0, path + key, Text.of("quality.rule-pack.field.required")));
            }
            return null;
        }
        String value = scalar(node, path + key);
        try {
            return value == null ? null : new BigDecimal(value.strip());
        } catch (NumberFormatException e) {
            problem(node, path + key, Text.of("quality.rule-pack.number", value));
            return null;
        }
    }

    private BigDecimal points(Map<String, Node> fields, String key, String path, boolean required) {
        BigDecimal value = number(fields, key, path, required);
        if (value != null && (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0)) {
            problem(fields.get(key), path + key, Text.of("quality.rule-pack.points.range"));
            return null;
        }
        return value;
    }

    private String scalar(Node node, String path) {
        if (node instanceof ScalarNode s) {
            return s.getValue();
        }
        problem(node, path, Text.of("quality.rule-pack.scalar"));
        return null;
    }

    private void problem(Node node, String field, String message) {
        problems.add(new RulePackProblem(node == null ? 0 : line(node), field, message));
    }

    private static int line(Node node) {
        return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }
}
