package org.nianbao.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import org.nianbao.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@PortalTest
class ValidationApiTest {

    static final String LUHUN = resource("/exchange/luhun-2021.json");
    static final String EDITION = "\"edition\": \"2021\",";
    static final String RECEIVED = "\"received\": { \"natural_person\": 0,";

    @Autowired
    MockMvc mvc;

    @Test
    void theLuhunReportIsValid() throws Exception {
        validate(LUHUN)
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.valid").value(true))
                .andExpect(jsonPath("$.errorCount").value(0))
                .andExpect(jsonPath("$.findings[?(@.severity == 'error')]").isEmpty());
    }

    @Test
    void aBalancedReportThatReportsItsFeesHasNoFindings() throws Exception {
        String json = LUHUN.replace("\"other_matters\": \"无\"", "\"other_matters\": \"本年度未收取信息处理费。\"");

        validate(json)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.valid").value(true))
                .andExpect(jsonPath("$.errorCount").value(0))
                .andExpect(jsonPath("$.warningCount").value(0))
                .andExpect(jsonPath("$.findings").isEmpty());
    }

    /** 3 received and 2 granted by natural persons: R1 is off by one (fails until the validator is written). */
    @Test
    void anUnbalancedTableThreeIsAnR1Error() throws Exception {
        String json = LUHUN.replace(row("received", 0, 0), row("received", 3, 3))
                .replace(row("granted", 0, 0), row("granted", 2, 2))
                .replace(row("results_total", 0, 0), row("results_total", 2, 2));
        assertThat(json).contains(row("received", 3, 3), row("granted", 2, 2), row("results_total", 2, 2));

        String answer = validate(json)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.valid").value(false))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        JsonNode r1 = findings(answer, "R1", "natural_person");
        assertThat(r1.get("severity").stringValue()).isEqualTo("error");
        assertThat(r1.get("table").stringValue()).isEqualTo("applications");
        assertThat(cells(r1)).contains("received.natural_person", "carried_in.natural_person",
                "results_total.natural_person", "carried_out.natural_person");
        assertThat(r1.get("left").intValue()).isEqualTo(3);
        assertThat(r1.get("right").intValue()).isEqualTo(2);
        assertThat(r1.get("difference").intValue()).isEqualTo(1);
        assertThat(r1.get("message").stringValue()).contains("R1");
    }

    @Test
    void aPreviousReportOfTheYearBeforeIsAccepted() throws Exception {
        String current = LUHUN.replace("\"year\": 2021,", "\"year\": 2022,");

        validate(withPrevious(current, LUHUN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.valid").value(true));
    }

    @Test
    void malformedJsonIsA400WithItsLine() throws Exception {
        refused(LUHUN.replace("\"licensing\": { \"decisions\": 5 }", "\"licensing\": { \"decisions\": 5, }"), "$")
                .andExpect(jsonPath("$.detail").value(containsString("第 17 行")));
    }

    @Test
    void anEmptyBodyIsA400() throws Exception {
        refused("", "$").andExpect(jsonPath("$.detail").value("$：内容为空，应为一份报告（JSON 对象）"));
    }

    @Test
    void anArrayIsA400() throws Exception {
        refused("[" + LUHUN + "]", "$")
                .andExpect(jsonPath("$.detail").value("$：报告应为 JSON 对象，而不是 数组"));
    }

    @Test
    void aYearWithoutEditionIsA400() throws Exception {
        refused(LUHUN.replace("\"year\": 2021,", "\"year\": 2018,"), "$.year")
                .andExpect(jsonPath("$.detail").value("$.year：2018 年没有适用的报告格式（格式自 2019 年起）"));
    }

    @Test
    void aBadCellIsA400AtItsPath() throws Exception {
        refused(LUHUN.replace(RECEIVED, "\"received\": { \"natural_person\": 1.5,"),
                "$.tables.applications.received.natural_person");
    }

    @Test
    void errorsInThePreviousReportArePrefixed() throws Exception {
        String previous = LUHUN.replace("\"year\": 2021,", "\"year\": 2020,").replace(EDITION, "");
        String current = LUHUN;

        refused(withPrevious(current, previous), "$.previous.tables.proactive.regulations.issued")
                .andExpect(jsonPath("$.detail").value(startsWith(
                        "$.previous.tables.proactive.regulations.issued：2019年版格式的表二“regulations”行没有“issued”列")));
        refused(withPrevious(current, "{\"tables\": {}}"), "$.previous.year");
        refused(withPrevious(current, "[]"), "$.previous");
        refused(withPrevious(current, LUHUN.replace(RECEIVED, "\"received\": { \"natural_person\": \"0\",")),
                "$.previous.tables.applications.received.natural_person");
    }

    @Test
    void thePreviousReportMustBeOfTheYearBefore() throws Exception {
        String previous = LUHUN.replace("\"year\": 2021,", "\"year\": 2022,");

        refused(withPrevious(LUHUN, previous), "$.previous.year")
                .andExpect(jsonPath("$.detail").value("$.previous.year：上一年度的报告应为 2020 年，而不是 2022 年"));
    }

    @Test
    void invalidUtf8IsA400() throws Exception {
        byte[] body = LUHUN.replace("陆浑镇人民政府", "X").getBytes(StandardCharsets.UTF_8);
        byte[] broken = new byte[body.length + 1];
        System.arraycopy(body, 0, broken, 0, body.length);
        broken[body.length] = (byte) 0xC3;

        mvc.perform(post("/api/v1/validate").contentType(MediaType.APPLICATION_JSON).content(broken))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.path").value("$"));
    }

    @Test
    void otherContentTypesAreRefused() throws Exception {
        mvc.perform(post("/api/v1/validate").contentType(MediaType.TEXT_PLAIN).content(LUHUN))
                .andExpect(status().isUnsupportedMediaType());
    }

    @Test
    void aBodyOverOneMegabyteIsRefusedUnread() throws Exception {
        String padding = " ".repeat(ValidationApi.MAX_BODY_BYTES);

        mvc.perform(post("/api/v1/validate").contentType(MediaType.APPLICATION_JSON).content(LUHUN + padding))
                .andExpect(status().isContentTooLarge())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("请求内容有误"))
                .andExpect(jsonPath("$.path").value("$"));
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    private ResultActions validate(String json) throws Exception {
        return mvc.perform(post("/api/v1/validate").contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private ResultActions refused(String json, String path) throws Exception {
        return validate(json)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.title").value("请求内容有误"))
                .andExpect(jsonPath("$.path").value(path))
                .andExpect(jsonPath("$.detail").value(startsWith(path + "：")));
    }

    /** A row of table 3 as the fixture writes it, with only natural persons. */
    /** Without "previous", the portal's published 2020 report of 陆浑镇 (carried_out 0) is the previous year. */
    @Test
    void withoutPreviousThePortalsPublishedPreviousYearIsUsed() throws Exception {
        String json = LUHUN.replace(row("carried_in", 0, 0), row("carried_in", 1, 1))
                .replace(row("carried_out", 0, 0), row("carried_out", 1, 1));
        assertThat(json).contains(row("carried_in", 1, 1), row("carried_out", 1, 1));

        String answer = validate(json).andExpect(status().isOk()).andExpect(jsonPath("$.errorCount").value(0))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        List<JsonNode> r5 = new ArrayList<>();
        JsonMapper.shared().readTree(answer).get("findings").forEach(f -> {
            if (f.get("rule").stringValue().equals("R5")) {
                r5.add(f);
            }
        });
        assertThat(r5).hasSize(2); // natural_person and total
        assertThat(r5.get(0).get("severity").stringValue()).isEqualTo("warning");
        assertThat(r5.get(0).get("message").stringValue()).contains("2020年报告");

        // an agency the portal does not know: no previous year, no R5
        validate(json.replace("songxian-luhun", "elsewhere")).andExpect(status().isOk())
                .andExpect(jsonPath("$.findings[?(@.rule == 'R5')]").isEmpty());
    }

    private static String row(String code, int naturalPerson, int total) {
        return "\"" + code + "\": { \"natural_person\": " + naturalPerson + ", \"commercial\": 0, \"research\": 0, "
                + "\"public_interest\": 0, \"legal_services\": 0, \"other_org\": 0, \"total\": " + total + " }";
    }

    private static String withPrevious(String current, String previous) {
        return current.replaceFirst("\\{", "{\n  \"previous\": " + Matcher.quoteReplacement(previous) + ",");
    }

    private static JsonNode findings(String answer, String rule, String column) {
        for (JsonNode finding : JsonMapper.shared().readTree(answer).get("findings")) {
            if (finding.get("rule").stringValue().equals(rule) && cells(finding).contains("received." + column)) {
                return finding;
            }
        }
        throw new AssertionError("no " + rule + " finding on column " + column + " in " + answer);
    }

    private static List<String> cells(JsonNode finding) {
        List<String> cells = new ArrayList<>();
        finding.get("cells").forEach(c -> cells.add(c.get("row").stringValue() + "." + c.get("column").stringValue()));
        return cells;
    }

    static String resource(String name) {
        try (InputStream in = ValidationApiTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
