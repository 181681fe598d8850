package org.nianbao;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One way of writing user-facing text (ADR 0028): page text in templates, messages produced by code in
 * {@code messages.properties}. Every key that code or a template names exists there, and no Java file holds Chinese
 * text except those listed here with their reason.
 */
class MessagesTest {

    private static final Path MAIN = Path.of("src/main/java/org/nianbao");
    private static final Path TEMPLATES = Path.of("src/main/resources/templates");

    /** Chinese in Java that is not a message: the reason, by package ("statutory/") or file ("admin/Forms.java"). */
    private static final Map<String, String> JUSTIFIED = Map.ofEntries(
            Map.entry("statutory/", "the statutory format's own text: labels, headings, rules, accepted label variants"),
            Map.entry("database/", "start-up failures told to the operator on the console, before any MessageSource"),
            Map.entry("security/FirstAdministrator.java", "start-up failures told to the operator on the console"),
            Map.entry("admin/Forms.java", "patterns that read dates written as 3月10日 (input parsing)"),
            Map.entry("validation/ChineseNumbers.java", "reading Chinese numerals (input parsing)"),
            Map.entry("agency/AgencyKind.java", "the names of domain values (the vocabulary of the format)"),
            Map.entry("report/ReportStatus.java", "the names of domain values (the vocabulary of the format)"),
            Map.entry("security/Role.java", "the names of domain values (the vocabulary of the format)"),
            Map.entry("audit/AuditKind.java", "the names of domain values (the vocabulary of the format)"),
            Map.entry("word/ReportDocx.java", "the text of a generated document, as a template's"),
            Map.entry("opendata/Xlsx.java", "the text of a generated document, as a template's"),
            Map.entry("opendata/OpenDataSchema.java", "the text of a generated document, as a template's"),
            Map.entry("importing/XlsxTemplate.java", "the text of a generated document, as a template's"),
            Map.entry("portal/ApplicationsChart.java", "the text of a generated document (SVG), as a template's"),
            Map.entry("validation/ProseFigures.java",
                    "patterns that read figures in the prose, and the names of the measures they find (input parsing)"),
            Map.entry("validation/ProsePlaces.java",
                    "patterns that read years and agency names in the prose (input parsing)"),
            Map.entry("search/ReportSearch.java",
                    "the words of reports' titles that a search term may match (input parsing)"),
            Map.entry("importing/Labels.java", "patterns that read printed numbering 「一、」「（三）」 (input parsing)"),
            Map.entry("importing/PdfSource.java", "the pattern that reads printed page numbers (input parsing)"),
            Map.entry("importing/PrintedValue.java", "patterns that read printed units and blanks (input parsing)"),
            Map.entry("importing/ReportReading.java", "patterns that read the printed title and date (input parsing)"),
            Map.entry("importing/TableReading.java", "the pattern that reads a printed unit 单位：件 (input parsing)"),
            Map.entry("demo/Generator.java", "demo-data content: the names and prose of fictitious demo reports"),
            Map.entry("quality/Assessment.java", "a pattern and the answer 无 that read a report's prose (input parsing)"));

    private static final Pattern STRING = Pattern.compile("\"(?:[^\"\\\\\\n]|\\\\.)*\"");
    private static final Pattern CHINESE = Pattern.compile("[\\u4e00-\\u9fff]");
    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/|//[^\\n]*", Pattern.DOTALL);

    /** Keys named in Java: constraint messages {@code "{key}"} and literals that look like the file's keys. */
    private static final Pattern KEY_IN_JAVA = Pattern.compile("\"\\{([a-z][\\w.-]+)}\"|\"((?:admin|staff|security"
            + "|rollup|chasing|quality|import|portal|audit|cell|text|year|agency|report|reason|comment|note"
            + "|explanation|step|done|api|editing|exchange|faults|finding|publishing|timeliness|workflow)\\.[a-z][\\w.-]*\\w)\"");
    /** Keys passed to {@code Text.of("key", …)} or {@code messages.message("key", …)}. */
    private static final Pattern KEY_IN_CALL = Pattern.compile("(?:Text\\.of|\\.message)\\(\\s*\"([a-z][\\w.-]*\\w)\"");
    private static final Pattern KEY_IN_TEMPLATE = Pattern.compile("#\\{([\\w.-]+)");

    @Test
    void everyKeyNamedInCodeOrTemplatesIsInMessagesProperties() throws IOException {
        Properties messages = messages();
        Set<String> named = new TreeSet<>();
        for (Path file : files(MAIN, ".java")) {
            Matcher key = KEY_IN_JAVA.matcher(Files.readString(file));
            while (key.find()) {
                named.add(key.group(1) != null ? key.group(1) : key.group(2));
            }
            Matcher call = KEY_IN_CALL.matcher(Files.readString(file));
            while (call.find()) {
                named.add(call.group(1));
            }
        }
        for (Path file : files(TEMPLATES, ".html")) {
            Matcher key = KEY_IN_TEMPLATE.matcher(Files.readString(file));
            while (key.find()) {
                named.add(key.group(1));
            }
        }
        assertThat(named).contains("admin.agency.code.required", "done.submitted", "security.session.ended");
        assertThat(named).allSatisfy(key -> assertThat(messages).containsKey(key));
    }

    @Test
    void messagesAreChineseAndReadAsUtf8() throws IOException {
        Properties messages = messages();
        assertThat(messages.getProperty("done.submitted")).isEqualTo("已提交审核");
        assertThat(messages.getProperty("finding.help.R1")).startsWith("常见原因");
    }

    @Test
    void noJavaFileHoldsChineseTextExceptThoseListedWithTheirReason() throws IOException {
        Map<String, Integer> withChinese = new LinkedHashMap<>();
        for (Path file : files(MAIN, ".java")) {
            String code = COMMENT.matcher(Files.readString(file)).replaceAll("");
            Matcher literal = STRING.matcher(code);
            int count = 0;
            while (literal.find()) {
                count += CHINESE.matcher(literal.group()).find() ? 1 : 0;
            }
            if (count > 0) {
                withChinese.put(MAIN.relativize(file).toString().replace('\\', '/'), count);
            }
        }
        assertThat(withChinese.keySet()).as("Chinese text in Java: move it to messages.properties (or a template)")
                .allSatisfy(file -> assertThat(justified(file)).as(file).isTrue());
        assertThat(JUSTIFIED.keySet()).as("justified but holding no Chinese any more: take them off the list")
                .allSatisfy(entry -> assertThat(withChinese.keySet()).anyMatch(file -> entry.endsWith("/")
                        ? file.startsWith(entry) : file.equals(entry)));
    }

    private static boolean justified(String file) {
        return JUSTIFIED.keySet().stream()
                .anyMatch(entry -> entry.endsWith("/") ? file.startsWith(entry) : file.equals(entry));
    }

    private static Properties messages() throws IOException {
        Properties messages = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/messages.properties")) {
            assertThat(in).as("messages.properties on the class path").isNotNull();
            messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return messages;
    }

    private static java.util.List<Path> files(Path root, String suffix) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }
}
