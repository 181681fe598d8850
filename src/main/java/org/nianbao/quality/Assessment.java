package org.nianbao.quality;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.nianbao.statutory.ReportContent;
import org.nianbao.statutory.Section;
import org.nianbao.text.Text;
import org.nianbao.validation.Finding;

/**
 * What a rule pack would deduct from a report: each mark with its rule, its points and its evidence (the sentence,
 * the count, the finding's message) — never a bare score.
 */
public record Assessment(String pack, List<Mark> marks) {

    /** One rule that costs points, with the evidence for each point. */
    public record Mark(String rule, String title, BigDecimal points, List<String> evidence) {
    }

    public Assessment {
        marks = List.copyOf(marks);
    }

    public BigDecimal total() {
        return marks.stream().map(Mark::points).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * {@code pack} applied to {@code report} with its {@code findings}; {@code published} is the first publication
     * date (null when not yet published) and {@code today} the date a missing report is judged on.
     */
    public static Assessment of(RulePack pack, ReportContent report, List<Finding> findings, LocalDate published,
            LocalDate today) {
        List<Mark> marks = new ArrayList<>();
        for (RulePack.Rule rule : pack.rules()) {
            List<String> evidence = evidence(rule, report, findings);
            if (!evidence.isEmpty()) {
                BigDecimal points = rule.points().multiply(BigDecimal.valueOf(evidence.size()));
                if (rule.maxPoints() != null && points.compareTo(rule.maxPoints()) > 0) {
                    points = rule.maxPoints();
                }
                marks.add(new Mark(rule.id(), rule.title(), points, evidence));
            }
        }
        if (pack.deadline() != null && pack.deadlinePoints() != null) {
            LocalDate deadline = pack.deadline().atYear(report.year() + 1);
            String late = published == null ? (today.isAfter(deadline)
                    ? Text.of("quality.mark.late.unpublished", today.toString(), deadline.toString()) : null)
                    : published.isAfter(deadline)
                    ? Text.of("quality.mark.late.published", published.toString(), deadline.toString()) : null;
            if (late != null) {
                marks.add(new Mark("deadline", Text.of("quality.mark.deadline", pack.deadline().getMonthValue(),
                        pack.deadline().getDayOfMonth()), pack.deadlinePoints(), List.of(late)));
            }
        }
        return new Assessment(pack.name(), marks);
    }

    private static List<String> evidence(RulePack.Rule rule, ReportContent report, List<Finding> findings) {
        String heading = report.edition().proseSections().stream().filter(s -> s.code().equals(rule.section()))
                .map(Section::heading).findFirst().orElse(rule.section());
        String text = rule.section() == null ? "" : report.section(rule.section());
        int length = (int) text.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
                .count();
        return switch (rule.kind()) {
            case MAX_LENGTH -> length > rule.limit()
                    ? List.of(Text.of("quality.mark.too-long", heading, length, rule.limit())) : List.of();
            case MIN_LENGTH -> length < rule.limit() || text.strip().equals("无")
                    ? List.of(Text.of("quality.mark.too-short", heading, length, text.strip(), rule.limit()))
                    : List.of();
            case REQUIRED_MENTIONS -> rule.mentions().stream().filter(m -> !mentioned(text, m, rule.withCount()))
                    .map(m -> Text.of(rule.withCount() ? "quality.mark.mention.count-missing"
                            : "quality.mark.mention.missing", heading, m)).toList();
            case FINDING -> findings.stream().filter(f -> !f.severity().equals(
                    org.nianbao.validation.Severity.INFO) && rule.findings().contains(f.rule()))
                    .map(Finding::message).toList();
        };
    }

    private static boolean mentioned(String text, String mention, boolean withCount) {
        if (!withCount) {
            return text.contains(mention);
        }
        return Pattern.compile(Pattern.quote(mention) + "[^。；;]{0,20}?[0-9０-９一二三四五六七八九十百千万两]+\\s*(?:条|篇|期|个|件|次|项)")
                .matcher(text).find();
    }
}
