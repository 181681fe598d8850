package org.nianbao.editing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.nianbao.draft.FindingLink;
import org.nianbao.statutory.Edition;
import org.nianbao.statutory.Identity;
import org.nianbao.validation.Finding;
import org.nianbao.validation.Severity;

/**
 * Every rule the portal checks says, under its finding, what usually causes it and how to fix it. The rule ids are
 * gathered from where findings are made: the identities the editions declare (R1–R4) and the rule ids written in
 * the checks of {@code validation} and {@code quality}, so that a new rule without help fails here.
 */
class FindingHelpTest {

    private static final Pattern RULE_ID = Pattern.compile("\"([A-Z][0-9]{1,2})\"");

    static Set<String> ruleIds() throws IOException {
        Set<String> ids = new TreeSet<>();
        for (Edition edition : Edition.all()) {
            edition.tables().forEach(t -> t.identities().stream().map(Identity::rule).forEach(ids::add));
            edition.crossYear().forEach(identity -> ids.add(identity.rule()));
            edition.textRules().forEach(rule -> ids.add(rule.rule()));
        }
        for (String pkg : List.of("validation", "quality")) {
            try (Stream<Path> files = Files.list(Path.of("src/main/java/org/nianbao", pkg))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    Matcher m = RULE_ID.matcher(Files.readString(file));
                    while (m.find()) {
                        ids.add(m.group(1));
                    }
                }
            }
        }
        return ids;
    }

    @Test
    void everyRuleIdHasAnExplanationOfItsCauseAndItsFix() throws IOException {
        Set<String> ids = ruleIds();
        assertThat(ids).as("the rules found").contains("R1", "R4", "R7", "B1", "V1", "V2", "T1", "T6", "P1", "P3");
        for (String rule : ids) {
            Finding finding = new Finding(rule, Severity.WARNING, null, List.of(), null, null, null, "…");
            String help = new FindingLink(finding, rule, "#").help();
            assertThat(help).as("help for " + rule).isNotBlank().contains("常见原因").contains("改正");
        }
    }
}
