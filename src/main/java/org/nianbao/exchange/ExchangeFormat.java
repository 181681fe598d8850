package org.nianbao.exchange;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.nianbao.statutory.Cell;
import org.nianbao.statutory.Column;
import org.nianbao.statutory.Edition;
import org.nianbao.statutory.ReportContent;
import org.nianbao.statutory.Row;
import org.nianbao.statutory.Section;
import org.nianbao.statutory.StatTable;
import org.nianbao.text.Text;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The exchange format of one report (JSON; see "Exchange format" in the spec): what open data publishes, the
 * validation API accepts and imports read. Reading is strict: anything that is not a report of the year's edition
 * is refused with an {@link ExchangeException} naming the path and the problem. A {@code null} or absent cell is
 * blank, never 0. Amounts are exact decimals read from the JSON text, never through {@code double}.
 */
public final class ExchangeFormat {

    /** Floats become {@link BigDecimal} as written (no trailing zeros stripped); duplicate keys are refused. */
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private static final Pattern QUOTED = Pattern.compile("'([^']*)'|\"([^\"]*)\"");
    private static final DateTimeFormatter PUBLISHED_AT =
            DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(ZoneId.of("Asia/Shanghai"));

    private ExchangeFormat() {
    }

    /**
     * Parses JSON text into a tree the way this format needs it (floats as exact decimals, duplicate keys refused).
     * Malformed JSON is refused at path {@code $} with the line and column.
     */
    public static JsonNode parse(String json) {
        JsonNode node;
        try {
            node = JSON.readTree(json);
        } catch (JacksonException e) {
            throw malformed(e);
        }
        if (node == null || node.isMissingNode()) {
            throw new ExchangeException("$", Text.of("exchange.empty"));
        }
        return node;
    }

    /** Reads one report from JSON text. */
    public static ReportContent read(String json) {
        return read(parse(json), "$");
    }

    /** Reads one report from a tree made by {@link #parse(String)}. */
    public static ReportContent read(JsonNode node) {
        return read(node, "$");
    }

    /**
     * Reads one report found at {@code path} of a larger document (e.g. {@code $.previous}); every error's path
     * starts with it. The tree must hold floats as decimals, as {@link #parse(String)} makes it.
     */
    public static ReportContent read(JsonNode node, String path) {
        return ReportReader.read(node, path);
    }

    private static ExchangeException malformed(JacksonException e) {
        TokenStreamLocation at = e.getLocation();
        String where = at == null || at.getLineNr() < 1 ? ""
                : Text.of("exchange.json.where", at.getLineNr(), at.getColumnNr());
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (e instanceof UnexpectedEndOfInputException) {
            return new ExchangeException("$", Text.of("exchange.json.incomplete", where));
        }
        // the parser's own message names its classes and settings: only the position and the key are passed on
        if (original.startsWith("Duplicate")) {
            Matcher key = QUOTED.matcher(original);
            return new ExchangeException("$", key.find()
                    ? Text.of("exchange.json.duplicate-key.named", where,
                            ReportReader.shorten(key.group(1) != null ? key.group(1) : key.group(2)))
                    : Text.of("exchange.json.duplicate-key", where));
        }
        return new ExchangeException("$", Text.of("exchange.json.invalid", where));
    }

    // ---- writing ---------------------------------------------------------------------------------------------

    /**
     * The report in the exchange format: agency, year, edition, every prose section and every cell of the edition
     * in declaration order, blanks as {@code null}. Whole numbers are JSON integers, other amounts exact decimals.
     */
    public static ObjectNode write(ReportContent report) {
        Edition edition = report.edition();
        ObjectNode root = JSON.createObjectNode();
        ObjectNode agency = root.putObject("agency");
        agency.put("code", report.agencyCode());
        agency.put("name", report.agencyName());
        root.put("year", report.year());
        root.put("edition", edition.id());
        ObjectNode sections = root.putObject("sections");
        for (Section section : edition.proseSections()) {
            sections.put(section.code(), report.sections().get(section.code()));
        }
        ObjectNode tables = root.putObject("tables");
        for (StatTable table : edition.tables()) {
            ObjectNode tableNode = tables.putObject(table.code());
            for (Row row : table.rows()) {
                ObjectNode rowNode = tableNode.putObject(row.code());
                for (Column column : row.columns()) {
                    putNumber(rowNode, column.code(), report.value(new Cell(table.code(), row.code(), column.code())));
                }
            }
        }
        return root;
    }

    /**
     * A published revision's place in the record: its number, when it was published, and for a correction the
     * revision it supersedes and its 更正说明 ({@code null} for a first publication).
     */
    public record Publication(int revision, Instant publishedAt, Integer supersedes, String correctionNote) {
    }

    /**
     * The report as {@link #write(ReportContent)} writes it, with the revision's {@code revision},
     * {@code published_at} (ISO 8601 in China's time zone), {@code supersedes} and {@code correction_note} after
     * {@code edition} ({@code null} where they do not apply). {@link #read} accepts and ignores them.
     */
    public static ObjectNode write(ReportContent report, Publication publication) {
        ObjectNode content = write(report);
        ObjectNode root = JSON.createObjectNode();
        for (String key : List.of("agency", "year", "edition")) {
            root.set(key, content.get(key));
        }
        root.put("revision", publication.revision());
        if (publication.publishedAt() == null) {
            root.putNull("published_at");
        } else {
            root.put("published_at", PUBLISHED_AT.format(publication.publishedAt()));
        }
        if (publication.supersedes() == null) {
            root.putNull("supersedes");
        } else {
            root.put("supersedes", publication.supersedes().intValue());
        }
        root.put("correction_note", publication.correctionNote());
        root.set("sections", content.get("sections"));
        root.set("tables", content.get("tables"));
        return root;
    }

    /** {@link #write(ReportContent, Publication)} as compact JSON text. */
    public static String writeString(ReportContent report, Publication publication) {
        return JSON.writeValueAsString(write(report, publication));
    }

    /** {@link #write(ReportContent)} as compact JSON text; decimals are never in scientific notation. */
    public static String writeString(ReportContent report) {
        return JSON.writeValueAsString(write(report));
    }

    /** Puts a figure as the node {@link #parse(String)} would make of its plain text, so trees compare equal. */
    private static void putNumber(ObjectNode node, String key, BigDecimal value) {
        if (value == null) {
            node.putNull(key);
            return;
        }
        BigDecimal plain = value.stripTrailingZeros();
        if (plain.scale() > 0) {
            node.put(key, plain);
            return;
        }
        BigInteger whole = plain.toBigIntegerExact();
        if (whole.bitLength() <= 31) {
            node.put(key, whole.intValue());
        } else if (whole.bitLength() <= 63) {
            node.put(key, whole.longValue());
        } else {
            node.put(key, whole);
        }
    }
}
