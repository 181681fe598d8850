package org.nianbao;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Templates ask the view objects (draft.isSubmitted()), never compare enum names or codes as strings. */
class TemplateLogicTest {

    /** {@code x.name() == …}, {@code == 'SUBMITTED'}, {@code != 'DRAFT'}: an enum constant spelt as a string. */
    private static final Pattern ENUM_NAME_COMPARED = Pattern.compile(
            "\\.name\\(\\)\\s*[!=]=|[!=]=\\s*'[A-Z][A-Z_]+'|'[A-Z][A-Z_]+'\\s*[!=]=");

    @Test
    void noTemplateComparesEnumNamesAsStrings() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path template : templates.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
                List<String> lines = Files.readAllLines(template);
                for (int i = 0; i < lines.size(); i++) {
                    Matcher m = ENUM_NAME_COMPARED.matcher(lines.get(i));
                    if (m.find()) {
                        found.add(template + ":" + (i + 1) + ": " + m.group());
                    }
                }
            }
        }
        assertThat(found).isEmpty();
    }
}
