package org.nianbao.exchange;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.nianbao.statutory.Cell;
import org.nianbao.statutory.Column;
import org.nianbao.statutory.Edition;
import org.nianbao.statutory.ReportContent;
import org.nianbao.statutory.Row;
import org.nianbao.statutory.Section;
import org.nianbao.statutory.StatTable;
import org.nianbao.statutory.ValueKind;
import org.nianbao.text.Text;
import tools.jackson.databind.JsonNode;

/**
 * Reads one report from a JSON tree, strictly: every key must be a code of the year's edition and every value of
 * the expected type, or an {@link ExchangeException} says where and what is wrong.
 */
final class ReportReader {

    private static final List<String> REPORT_KEYS = List.of("agency", "year", "edition", "revision", "published_at",
            "supersedes", "correction_note", "sections", "tables");
    private static final List<String> AGENCY_KEYS = List.of("code", "name");
    private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private ReportReader() {
    }

    /** The report in {@code node}, found at {@code path}; see {@link ExchangeFormat#read(JsonNode, String)}. */
    static ReportContent read(JsonNode node, String path) {
        Objects.requireNonNull(path, "path");
        if (node == null || node.isMissingNode() || node.isNull()) {
            throw new ExchangeException(path, Text.of("exchange.report.missing"));
        }
        requireObject(node, path, Text.of("exchange.report.not-object"));
        requireKnownKeys(node, path, REPORT_KEYS, Text.of("exchange.keys.report"));

        String yearPath = child(path, "year");
        int year = year(node.get("year"), yearPath);
        Edition edition = Edition.forYear(year).orElseThrow(() -> new ExchangeException(yearPath,
                Text.of("exchange.year.no-edition", year, Edition.FIRST_YEAR)));
        checkEdition(node.get("edition"), edition, year, child(path, "edition"));
        checkPublication(node, path);

        String agencyPath = child(path, "agency");
        JsonNode agency = objectOrNull(node.get("agency"), agencyPath, Text.of("exchange.agency.not-object"));
        String agencyCode = null;
        String agencyName = null;
        if (agency != null) {
            requireKnownKeys(agency, agencyPath, AGENCY_KEYS, Text.of("exchange.keys.agency"));
            agencyCode = text(agency.get("code"), child(agencyPath, "code"));
            agencyName = text(agency.get("name"), child(agencyPath, "name"));
        }
        return new ReportContent(agencyCode, agencyName, year, edition,
                sections(node.get("sections"), edition, child(path, "sections")),
                values(node.get("tables"), edition, child(path, "tables")));
    }

    /**
     * The published revision's fields ({@code revision}, {@code published_at}, {@code supersedes},
     * {@code correction_note}) describe where the report was published, not its content: they are checked for
     * their type and otherwise ignored.
     */
    private static void checkPublication(JsonNode node, String path) {
        for (String key : List.of("revision", "supersedes")) {
            JsonNode value = node.get(key);
            if (value != null && !value.isNull() && (!value.isIntegralNumber() || !value.canConvertToInt()
                    || value.intValue() < 1)) {
                throw new ExchangeException(child(path, key), Text.of("exchange.revision.invalid", describe(value)));
            }
        }
        for (String key : List.of("published_at", "correction_note")) {
            JsonNode value = node.get(key);
            if (value != null && !value.isNull() && !value.isString()) {
                throw new ExchangeException(child(path, key), Text.of("exchange.string.expected", describe(value)));
            }
        }
    }

    private static int year(JsonNode node, String path) {
        if (node == null || node.isNull()) {
            throw new ExchangeException(path, Text.of("exchange.year.missing"));
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            throw new ExchangeException(path, Text.of("exchange.year.not-integer", describe(node)));
        }
        return node.intValue();
    }

    private static void checkEdition(JsonNode node, Edition edition, int year, String path) {
        if (node == null || node.isNull()) {
            return;
        }
        if (!node.isString()) {
            throw new ExchangeException(path, Text.of("exchange.edition.not-string", edition.id(), describe(node)));
        }
        if (!node.stringValue().equals(edition.id())) {
            throw new ExchangeException(path, Text.of("exchange.edition.mismatch", year, String.valueOf(edition),
                    edition.id(), shorten(node.stringValue())));
        }
    }

    private static Map<String, String> sections(JsonNode node, Edition edition, String path) {
        Map<String, String> sections = new LinkedHashMap<>();
        JsonNode object = objectOrNull(node, path, Text.of("exchange.sections.not-object"));
        if (object == null) {
            return sections;
        }
        List<String> codes = edition.proseSections().stream().map(Section::code).toList();
        for (Map.Entry<String, JsonNode> entry : object.properties()) {
            String at = child(path, entry.getKey());
            if (!codes.contains(entry.getKey())) {
                throw new ExchangeException(at, Text.of("exchange.section.unknown", shorten(entry.getKey()),
                        listed(codes)));
            }
            String text = text(entry.getValue(), at);
            if (text != null) {
                sections.put(entry.getKey(), text);
            }
        }
        return sections;
    }

    private static Map<Cell, BigDecimal> values(JsonNode node, Edition edition, String path) {
        Map<Cell, BigDecimal> values = new HashMap<>();
        JsonNode tables = objectOrNull(node, path, Text.of("exchange.tables.not-object"));
        if (tables == null) {
            return values;
        }
        for (Map.Entry<String, JsonNode> tableEntry : tables.properties()) {
            String tablePath = child(path, tableEntry.getKey());
            StatTable table = edition.table(tableEntry.getKey()).orElseThrow(() -> new ExchangeException(tablePath,
                    Text.of("exchange.table.unknown", shorten(tableEntry.getKey()),
                            listed(edition.tables().stream().map(StatTable::code).toList()))));
            JsonNode rows = objectOrNull(tableEntry.getValue(), tablePath, Text.of("exchange.rows.not-object"));
            if (rows == null) {
                continue;
            }
            for (Map.Entry<String, JsonNode> rowEntry : rows.properties()) {
                String rowPath = child(tablePath, rowEntry.getKey());
                Row row = table.row(rowEntry.getKey())
                        .orElseThrow(() -> unknownRow(rowPath, edition, table, rowEntry.getKey()));
                JsonNode columns = objectOrNull(rowEntry.getValue(), rowPath, Text.of("exchange.columns.not-object"));
                if (columns == null) {
                    continue;
                }
                for (Map.Entry<String, JsonNode> columnEntry : columns.properties()) {
                    String cellPath = child(rowPath, columnEntry.getKey());
                    Column column = row.column(columnEntry.getKey())
                            .orElseThrow(() -> unknownColumn(cellPath, edition, table, row, columnEntry.getKey()));
                    BigDecimal value = number(columnEntry.getValue(), cellPath, column.kind());
                    if (value != null) {
                        values.put(new Cell(table.code(), row.code(), column.code()), value);
                    }
                }
            }
        }
        return values;
    }

    private static ExchangeException unknownRow(String path, Edition edition, StatTable table, String code) {
        for (Edition other : Edition.all()) {
            if (other != edition && other.table(table.code()).flatMap(t -> t.row(code)).isPresent()) {
                return new ExchangeException(path, Text.of("exchange.row.other-edition", String.valueOf(edition),
                        table.name(), code, String.valueOf(other)));
            }
        }
        return new ExchangeException(path, Text.of("exchange.row.unknown", table.name(), shorten(code),
                listed(table.rows().stream().map(Row::code).toList())));
    }

    private static ExchangeException unknownColumn(String path, Edition edition, StatTable table, Row row,
            String code) {
        String where = Text.of("exchange.column.where", table.name(), row.code());
        for (Edition other : Edition.all()) {
            if (other != edition && other.table(table.code()).flatMap(t -> t.row(row.code()))
                    .flatMap(r -> r.column(code)).isPresent()) {
                return new ExchangeException(path, Text.of("exchange.column.other-edition", String.valueOf(edition),
                        where, code, String.valueOf(other)));
            }
        }
        return new ExchangeException(path, Text.of("exchange.column.unknown", where, shorten(code),
                listed(row.columns().stream().map(Column::code).toList())));
    }

    /**
     * A cell's figure, or null when blank. Counts must be JSON integers within the kind's limit
     * ({@link ValueKind#max()}, the database's); their sign is left to the validation (V1). Amounts are exact, with
     * at most {@link ValueKind#AMOUNT_SCALE} decimals and {@link ValueKind#AMOUNT_WHOLE_DIGITS} whole digits, stored
     * without trailing zeros.
     */
    private static BigDecimal number(JsonNode node, String path, ValueKind kind) {
        if (node.isNull()) {
            return null;
        }
        if (!node.isNumber()) {
            throw new ExchangeException(path, kind.isCount() ? Text.of("exchange.count.not-number", describe(node))
                    : Text.of("exchange.amount.not-number", describe(node)));
        }
        if (kind.isCount()) {
            if (!node.isIntegralNumber()) {
                throw new ExchangeException(path, Text.of("exchange.count.not-integer", numberText(node)));
            }
            BigDecimal count = new BigDecimal(node.bigIntegerValue());
            if (!kind.fits(count)) {
                throw new ExchangeException(path, Text.of("exchange.count.out-of-range", kind.max().toString()));
            }
            return count;
        }
        if (node.isDouble() || node.isFloat()) {
            throw new IllegalArgumentException("amounts must be parsed as BigDecimal: use ExchangeFormat.parse");
        }
        BigDecimal amount = node.decimalValue().stripTrailingZeros();
        if (amount.scale() > ValueKind.AMOUNT_SCALE) {
            throw new ExchangeException(path,
                    Text.of("exchange.amount.scale", ValueKind.AMOUNT_SCALE, numberText(node)));
        }
        if (!kind.fits(amount)) {
            throw new ExchangeException(path, Text.of("exchange.amount.too-large", ValueKind.AMOUNT_WHOLE_DIGITS));
        }
        return amount.scale() < 0 ? amount.setScale(0) : amount;
    }

    private static String text(JsonNode node, String path) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isString()) {
            throw new ExchangeException(path, Text.of("exchange.text.expected", describe(node)));
        }
        return node.stringValue();
    }

    private static JsonNode objectOrNull(JsonNode node, String path, String expected) {
        if (node == null || node.isNull()) {
            return null;
        }
        requireObject(node, path, expected);
        return node;
    }

    private static void requireObject(JsonNode node, String path, String expected) {
        if (!node.isObject()) {
            throw new ExchangeException(path, Text.of("exchange.object.expected", expected, describe(node)));
        }
    }

    private static void requireKnownKeys(JsonNode object, String path, List<String> known, String what) {
        for (String key : object.propertyNames()) {
            if (!known.contains(key)) {
                throw new ExchangeException(child(path, key), Text.of("exchange.key.unknown", shorten(key), what,
                        listed(known)));
            }
        }
    }

    /** {@code path.key}, or {@code path['key']} when the key is not a plain identifier. */
    static String child(String path, String key) {
        if (PLAIN_KEY.matcher(key).matches()) {
            return path + "." + key;
        }
        return path + "['" + key.replace("\\", "\\\\").replace("'", "\\'") + "']";
    }

    private static String describe(JsonNode node) {
        return switch (node.getNodeType()) {
            case OBJECT -> Text.of("exchange.json.object");
            case ARRAY -> Text.of("exchange.json.array");
            case STRING -> Text.of("exchange.json.string", shorten(node.stringValue()));
            case BOOLEAN -> Text.of("exchange.json.boolean", String.valueOf(node.booleanValue()));
            case NUMBER -> Text.of("exchange.json.number", numberText(node));
            default -> node.getNodeType().name().toLowerCase(Locale.ROOT);
        };
    }

    private static String numberText(JsonNode node) {
        return node.isIntegralNumber() ? node.bigIntegerValue().toString() : node.decimalValue().toString();
    }

    /** Codes for a message: all of a short list, the first ones of a long one. */
    private static String listed(List<String> codes) {
        int shown = codes.size() <= 10 ? codes.size() : 8;
        String list = String.join("、", codes.subList(0, shown));
        return shown == codes.size() ? list : Text.of("exchange.codes.more", list, codes.size());
    }

    static String shorten(String text) {
        return text.length() <= 60 ? text : text.substring(0, 60) + "…";
    }
}
