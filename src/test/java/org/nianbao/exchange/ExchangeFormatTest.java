package org.nianbao.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.nianbao.statutory.Cell;
import org.nianbao.statutory.Column;
import org.nianbao.statutory.Edition;
import org.nianbao.statutory.ReportContent;
import org.nianbao.statutory.Row;
import org.nianbao.statutory.StatTable;
import org.nianbao.statutory.ValueKind;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class ExchangeFormatTest {

    static final String LUHUN = resource("/exchange/luhun-2021.json");

    static final String RECEIVED = "\"received\": { \"natural_person\": 0,";
    static final String LICENSING = "\"licensing\": { \"decisions\": 5 }";
    static final String FEES = "\"fees\": { \"amount\": 0 }";
    static final String YEAR = "\"year\": 2021,";
    static final String NATURAL_PERSON = "$.tables.applications.received.natural_person";

    // ---- reading ---------------------------------------------------------------------------------------------

    @Test
    void readsTheLuhunReport() {
        ReportContent report = ExchangeFormat.read(LUHUN);

        assertThat(report.edition()).isEqualTo(Edition.E2021);
        assertThat(report.year()).isEqualTo(2021);
        assertThat(report.agencyCode()).isEqualTo("songxian-luhun");
        assertThat(report.agencyName()).isEqualTo("陆浑镇人民政府");
        assertThat(report.section("other_matters")).isEqualTo("无");
        assertThat(report.blankCells()).isEmpty();
        assertThat(report.value("proactive", "licensing", "decisions")).isEqualTo(new BigDecimal(5));
        assertThat(report.value("proactive", "penalty", "decisions")).isEqualTo(new BigDecimal(1));
        assertThat(report.value("proactive", "fees", "amount")).isEqualTo(BigDecimal.ZERO);
        assertThat(report.value("applications", "received", "total")).isEqualTo(BigDecimal.ZERO);
    }

    @Test
    void nullAndAbsentCellsAreBlankNeverZero() {
        String json = LUHUN.replace(RECEIVED, "\"received\": { \"natural_person\": null,")
                .replace(", \"total\": 0 },\n      \"carried_in\"", " },\n      \"carried_in\"");

        ReportContent report = ExchangeFormat.read(json);

        assertThat(report.blankCells()).containsExactly(new Cell("applications", "received", "natural_person"),
                new Cell("applications", "received", "total"));
        assertThat(report.values()).doesNotContainKey(new Cell("applications", "received", "natural_person"));
    }

    @Test
    void negativeCountsAreLeftToTheValidator() {
        ReportContent report = ExchangeFormat.read(LUHUN.replace(RECEIVED, "\"received\": { \"natural_person\": -3,"));

        assertThat(report.value("applications", "received", "natural_person")).isEqualTo(new BigDecimal(-3));
    }

    @Test
    void agencyEditionSectionsAndTablesMayBeLeftOut() {
        ReportContent report = ExchangeFormat.read("{\"year\": 2020}");

        assertThat(report.edition()).isEqualTo(Edition.E2019);
        assertThat(report.agencyCode()).isNull();
        assertThat(report.sections()).isEmpty();
        assertThat(report.blankCells()).hasSize(Edition.E2019.cells().size());
    }

    @Test
    void amountsAreReadExactlyWithoutTrailingZeros() {
        assertThat(amount("0.123456")).isEqualTo(new BigDecimal("0.123456"));
        assertThat(amount("12.50")).isEqualTo(new BigDecimal("12.5"));
        assertThat(amount("0.1234560")).isEqualTo(new BigDecimal("0.123456"));
        assertThat(amount("1E+3")).isEqualTo(new BigDecimal("1000"));
        assertThat(amount("123456789012.999999")).isEqualTo(new BigDecimal("123456789012.999999"));
    }

    @Test
    void anAmountWithSixDecimalsRoundTripsExactly() {
        String json = LUHUN.replace(FEES, "\"fees\": { \"amount\": 0.123456 }");

        String written = ExchangeFormat.writeString(ExchangeFormat.read(json));

        assertThat(written).contains("\"fees\":{\"amount\":0.123456}");
    }

    @Test
    void aTreeWithBinaryFloatsIsAProgrammingError() {
        JsonNode doubles = JsonMapper.shared().readTree(LUHUN.replace(FEES, "\"fees\": { \"amount\": 0.5 }"));

        assertThatThrownBy(() -> ExchangeFormat.read(doubles)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void refusesWhatIsNotAReport(String what, String json, String path, String message) {
        ExchangeException e = catchThrowableOfType(ExchangeException.class, () -> ExchangeFormat.read(json));

        assertThat(e).as(what).isNotNull();
        assertThat(e.path()).isEqualTo(path);
        assertThat(e.getMessage()).startsWith(path + "：").contains(message);
    }

    static Stream<Arguments> refusals() {
        return Stream.of(
                arguments("malformed", "{\n  \"year\": 2021,\n  \"tables\": tru\n}", "$", "第 3 行"),
                arguments("trailing comma", LUHUN.replace(LICENSING, "\"licensing\": { \"decisions\": 5, }"), "$",
                        "第 17 行"),
                arguments("unfinished", "{\"year\": 2021", "$", "JSON 不完整"),
                arguments("duplicate key", "{\"year\": 2021, \"year\": 2022}", "$", "重复的键"),
                arguments("trailing content", "{\"year\": 2021} {}", "$", "不是有效的 JSON"),
                arguments("empty", "  ", "$", "内容为空"),
                arguments("array", "[" + LUHUN + "]", "$", "报告应为 JSON 对象，而不是 数组"),
                arguments("unknown key", LUHUN.replace("\"tables\"", "\"tabels\""), "$.tabels", "tabels"),
                arguments("missing year", LUHUN.replace(YEAR, ""), "$.year", "缺少报告年度"),
                arguments("year as text", LUHUN.replace(YEAR, "\"year\": \"2021\","), "$.year", "应为整数"),
                arguments("year as decimal", LUHUN.replace(YEAR, "\"year\": 2021.0,"), "$.year", "应为整数"),
                arguments("year without edition", LUHUN.replace(YEAR, "\"year\": 2018,"), "$.year",
                        "2018 年没有适用的报告格式（格式自 2019 年起）"),
                arguments("other edition", LUHUN.replace("\"edition\": \"2021\"", "\"edition\": \"2019\""),
                        "$.edition", "2021 年的报告适用2021年版格式（\"2021\"），与 \"2019\" 不符"),
                arguments("edition as number", LUHUN.replace("\"edition\": \"2021\"", "\"edition\": 2021"),
                        "$.edition", "应为字符串"),
                arguments("agency as text", "{\"year\": 2021, \"agency\": \"陆浑镇\"}", "$.agency", "应为对象"),
                arguments("agency code as number", LUHUN.replace("\"code\": \"songxian-luhun\"", "\"code\": 7"),
                        "$.agency.code", "应为字符串"),
                arguments("unknown agency key", LUHUN.replace("\"code\": \"songxian-luhun\"", "\"id\": \"x\""),
                        "$.agency.id", "未知的键“id”"),
                arguments("sections as array", "{\"year\": 2021, \"sections\": [\"无\"]}", "$.sections",
                        "而不是 数组"),
                arguments("unknown section", "{\"year\": 2021, \"sections\": {\"summary\": \"…\"}}",
                        "$.sections.summary", "没有“summary”这一文字部分（可用：overview、problems、other_matters"),
                arguments("table code as section", "{\"year\": 2021, \"sections\": {\"proactive\": \"…\"}}",
                        "$.sections.proactive", "proactive"),
                arguments("section as number", "{\"year\": 2021, \"sections\": {\"other_matters\": 0}}",
                        "$.sections.other_matters", "应为字符串"),
                arguments("tables as text", "{\"year\": 2021, \"tables\": \"…\"}", "$.tables", "应为对象"),
                arguments("unknown table", "{\"year\": 2021, \"tables\": {\"complaints\": {}}}",
                        "$.tables.complaints", "没有“complaints”这张表（可用：proactive、applications、review_litigation）"),
                arguments("odd table key", "{\"year\": 2021, \"tables\": {\"a.b\": {}}}", "$.tables['a.b']",
                        "a.b"),
                arguments("table as array", "{\"year\": 2021, \"tables\": {\"applications\": []}}",
                        "$.tables.applications", "而不是 数组"),
                arguments("unknown row", LUHUN.replace("\"received\":", "\"recieved\":"),
                        "$.tables.applications.recieved", "表三没有“recieved”行（可用：received、carried_in"),
                arguments("row of the 2019 edition", "{\"year\": 2021, \"tables\": {\"applications\": "
                        + "{\"other_handling\": {\"total\": 0}}}}", "$.tables.applications.other_handling",
                        "2021年版格式的表三没有“other_handling”行（该行属于2019年版格式）"),
                arguments("row of the 2021 edition", "{\"year\": 2019, \"tables\": {\"applications\": "
                        + "{\"other_other\": {\"total\": 0}}}}", "$.tables.applications.other_other", "2021年版"),
                arguments("column of the 2019 edition", LUHUN.replace("\"regulations\": { \"issued\"",
                        "\"regulations\": { \"new_made\""), "$.tables.proactive.regulations.new_made",
                        "2021年版格式的表二“regulations”行没有“new_made”列（该列属于2019年版格式）"),
                arguments("unknown column", LUHUN.replace(RECEIVED, "\"received\": { \"person\": 0,"),
                        "$.tables.applications.received.person", "没有“person”列（可用：natural_person、commercial"),
                arguments("column of another row", LUHUN.replace(FEES, "\"fees\": { \"decisions\": 0 }"),
                        "$.tables.proactive.fees.decisions", "（可用：amount）"),
                arguments("row as number", LUHUN.replace(LICENSING, "\"licensing\": 5"),
                        "$.tables.proactive.licensing", "应为对象：列代码 → 数值，而不是 数字 5"),
                arguments("count as text", LUHUN.replace(RECEIVED, "\"received\": { \"natural_person\": \"3\","),
                        NATURAL_PERSON, "应为整数或 null，而不是 字符串 \"3\""),
                arguments("count as boolean", LUHUN.replace(RECEIVED, "\"received\": { \"natural_person\": false,"),
                        NATURAL_PERSON, "而不是 布尔值 false"),
                arguments("count as array", LUHUN.replace(RECEIVED, "\"received\": { \"natural_person\": [3],"),
                        NATURAL_PERSON, "而不是 数组"),
                arguments("fraction in a count", LUHUN.replace(RECEIVED, "\"received\": { \"natural_person\": 1.5,"),
                        NATURAL_PERSON, "件数应为整数"),
                arguments("1.0 in a count", LUHUN.replace(RECEIVED, "\"received\": { \"natural_person\": 1.0,"),
                        NATURAL_PERSON, "件数应为整数，不能写成小数或指数形式（1.0）"),
                arguments("exponent in a count", LUHUN.replace(LICENSING, "\"licensing\": { \"decisions\": 5e0 }"),
                        "$.tables.proactive.licensing.decisions", "件数应为整数"),
                arguments("count too large", LUHUN.replace(RECEIVED,
                        "\"received\": { \"natural_person\": 2147483648,"), NATURAL_PERSON, "数值超出范围"),
                arguments("count too small", LUHUN.replace(RECEIVED,
                        "\"received\": { \"natural_person\": -2147483649,"), NATURAL_PERSON, "数值超出范围"),
                arguments("seven decimals", LUHUN.replace(FEES, "\"fees\": { \"amount\": 0.1234567 }"),
                        "$.tables.proactive.fees.amount", "金额最多 6 位小数（0.1234567）"),
                arguments("tiny exponent", LUHUN.replace(FEES, "\"fees\": { \"amount\": 1e-999999999 }"),
                        "$.tables.proactive.fees.amount", "最多 6 位小数"),
                arguments("huge amount", LUHUN.replace(FEES, "\"fees\": { \"amount\": 1e999999999 }"),
                        "$.tables.proactive.fees.amount", "金额过大"),
                arguments("amount beyond numeric(20, 6)", LUHUN.replace(FEES,
                        "\"fees\": { \"amount\": 100000000000000 }"),
                        "$.tables.proactive.fees.amount", "金额过大（整数部分最多 14 位）"),
                arguments("amount as text", LUHUN.replace(FEES, "\"fees\": { \"amount\": \"0.5\" }"),
                        "$.tables.proactive.fees.amount", "应为数字或 null，而不是 字符串 \"0.5\""));
    }

    @Test
    void theCountLimitIsInclusive() {
        String json = LUHUN.replace(RECEIVED, "\"received\": { \"natural_person\": 2147483647,");

        assertThat(ExchangeFormat.read(json).value(new Cell("applications", "received", "natural_person")))
                .isEqualTo(new BigDecimal(Integer.MAX_VALUE));
    }

    @Test
    void theAmountLimitIsTheDatabaseColumnsAndInclusive() {
        String json = LUHUN.replace(FEES, "\"fees\": { \"amount\": 99999999999999.999999 }");

        assertThat(ExchangeFormat.read(json).value(new Cell("proactive", "fees", "amount")))
                .isEqualTo(org.nianbao.statutory.ValueKind.MAX_AMOUNT);
    }

    @Test
    void pathsOfAnEmbeddedReportStartWithItsPath() {
        JsonNode node = ExchangeFormat.parse("{\"year\": 2018}");

        assertThatThrownBy(() -> ExchangeFormat.read(node, "$.previous")).isInstanceOf(ExchangeException.class)
                .hasMessage("$.previous.year：2018 年没有适用的报告格式（格式自 2019 年起）")
                .extracting(e -> ((ExchangeException) e).path()).isEqualTo("$.previous.year");
    }

    // ---- writing ---------------------------------------------------------------------------------------------

    @Test
    void theLuhunReportRoundTrips() {
        assertThat(ExchangeFormat.write(ExchangeFormat.read(LUHUN))).isEqualTo(ExchangeFormat.parse(LUHUN));
        assertThat(ExchangeFormat.parse(ExchangeFormat.writeString(ExchangeFormat.read(LUHUN))))
                .isEqualTo(ExchangeFormat.parse(LUHUN));
    }

    @ParameterizedTest
    @ValueSource(ints = {2019, 2020, 2021, 2024})
    void aFullReportOfEachEditionRoundTrips(int year) {
        ObjectNode full = fullReport(year);

        assertThat(ExchangeFormat.write(ExchangeFormat.read(full))).isEqualTo(full);
    }

    @Test
    void contentRoundTripsWithItsBlanks() {
        Map<Cell, BigDecimal> values = new HashMap<>();
        values.put(new Cell("proactive", "licensing", "items_change"), new BigDecimal(-4));
        values.put(new Cell("proactive", "procurement", "amount"), new BigDecimal("1234.5678"));
        values.put(new Cell("applications", "other_handling", "total"), new BigDecimal(2));
        ReportContent content = new ReportContent("a", "某局", 2019, Edition.E2019,
                ReportContent.sections("概况", "问题", "本年度未收取信息处理费。"), values);

        assertThat(ExchangeFormat.read(ExchangeFormat.write(content))).isEqualTo(content);
    }

    @Test
    void aCorrectedRevisionCarriesItsPlaceInTheRecordAndStillReads() {
        ReportContent luhun = ExchangeFormat.read(LUHUN);
        ExchangeFormat.Publication second = new ExchangeFormat.Publication(2,
                java.time.Instant.parse("2022-03-01T02:30:00Z"), 1, "更正了表三的数字");

        ObjectNode written = ExchangeFormat.write(luhun, second);

        assertThat(written.propertyNames()).containsExactly("agency", "year", "edition", "revision", "published_at",
                "supersedes", "correction_note", "sections", "tables");
        assertThat(written.get("revision").intValue()).isEqualTo(2);
        assertThat(written.get("published_at").stringValue()).isEqualTo("2022-03-01T10:30:00+08:00");
        assertThat(written.get("supersedes").intValue()).isEqualTo(1);
        assertThat(written.get("correction_note").stringValue()).isEqualTo("更正了表三的数字");
        assertThat(ExchangeFormat.read(ExchangeFormat.writeString(luhun, second))).isEqualTo(luhun);
    }

    @Test
    void aFirstPublicationSupersedesNothing() {
        ObjectNode written = ExchangeFormat.write(ExchangeFormat.read(LUHUN),
                new ExchangeFormat.Publication(1, java.time.Instant.parse("2022-01-20T00:00:00Z"), null, null));

        assertThat(written.get("supersedes").isNull()).isTrue();
        assertThat(written.get("correction_note").isNull()).isTrue();
        assertThat(ExchangeFormat.read(written)).isEqualTo(ExchangeFormat.read(LUHUN));
    }

    @Test
    void publicationFieldsOfTheWrongTypeAreRefused() {
        assertThatThrownBy(() -> ExchangeFormat.read(LUHUN.replaceFirst("\\{", "{\"revision\": \"2\",")))
                .isInstanceOf(ExchangeException.class).hasMessageContaining("$.revision")
                .hasMessageContaining("版本号应为正整数");
        assertThatThrownBy(() -> ExchangeFormat.read(LUHUN.replaceFirst("\\{", "{\"correction_note\": 3,")))
                .isInstanceOf(ExchangeException.class).hasMessageContaining("$.correction_note");
    }

    @Test
    void writesEverythingInDeclarationOrderWithBlanksAsNull() {
        ReportContent empty = new ReportContent(null, null, 2021, Edition.E2021, Map.of(), Map.of());

        ObjectNode written = ExchangeFormat.write(empty);

        assertThat(written.propertyNames()).containsExactly("agency", "year", "edition", "sections", "tables");
        assertThat(written.get("edition").stringValue()).isEqualTo("2021");
        assertThat(written.get("sections").propertyNames()).containsExactly("overview", "problems", "other_matters");
        assertThat(written.get("tables").propertyNames())
                .containsExactly("proactive", "applications", "review_litigation");
        StatTable applications = Edition.E2021.table("applications").orElseThrow();
        assertThat(written.get("tables").get("applications").propertyNames())
                .containsExactlyElementsOf(applications.rows().stream().map(Row::code).toList());
        assertThat(written.get("tables").get("applications").get("received").propertyNames())
                .containsExactly("natural_person", "commercial", "research", "public_interest", "legal_services",
                        "other_org", "total");
        assertThat(written.get("tables").get("applications").get("received").get("total").isNull()).isTrue();
        assertThat(written.get("agency").get("code").isNull()).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"1.20E+3, 1200", "0.000001, 0.000001", "5.000000, 5", "-0.50, -0.5"})
    void amountsAreWrittenAsPlainDecimals(String stored, String written) {
        Cell fees = new Cell("proactive", "fees", "amount");
        ReportContent content = new ReportContent(null, null, 2021, Edition.E2021, Map.of(),
                Map.of(fees, new BigDecimal(stored)));

        assertThat(ExchangeFormat.writeString(content)).contains("\"fees\":{\"amount\":" + written + "}");
    }

    // ---- fixtures --------------------------------------------------------------------------------------------

    /** Every cell of the year's edition filled, counts distinct, amounts with up to six decimals. */
    static ObjectNode fullReport(int year) {
        Edition edition = Edition.forYear(year).orElseThrow();
        ObjectNode root = JsonMapper.shared().createObjectNode();
        root.putObject("agency").put("code", "songxian").put("name", "嵩县人民政府");
        root.put("year", year);
        root.put("edition", edition.id());
        root.putObject("sections").put("overview", "概况").put("problems", "问题").put("other_matters", "无");
        ObjectNode tables = root.putObject("tables");
        int count = 0;
        for (StatTable table : edition.tables()) {
            ObjectNode tableNode = tables.putObject(table.code());
            for (Row row : table.rows()) {
                ObjectNode rowNode = tableNode.putObject(row.code());
                for (Column column : row.columns()) {
                    count++;
                    if (column.kind() == ValueKind.AMOUNT) {
                        rowNode.put(column.code(), new BigDecimal("1234.567891"));
                    } else if (column.kind() == ValueKind.SIGNED_COUNT) {
                        rowNode.put(column.code(), -count);
                    } else {
                        rowNode.put(column.code(), count);
                    }
                }
            }
        }
        return root;
    }

    private static BigDecimal amount(String text) {
        String json = LUHUN.replace(FEES, "\"fees\": { \"amount\": " + text + " }");
        return ExchangeFormat.read(json).value(new Cell("proactive", "fees", "amount"));
    }

    static String resource(String name) {
        try (InputStream in = ExchangeFormatTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
