package org.nianbao.statutory;

import java.util.List;
import java.util.Map;

/**
 * The labels that published reports print instead of the statutory ones, declared beside the editions: abbreviated,
 * mistyped or earlier-edition labels seen in real reports, by table and row code. Importers accept them and say so
 * ("read X as Y"); nothing else writes a statutory label by hand. Whitespace, full/half-width forms, quotes and
 * numbering (「1.」「1、」「（1）」) are not variants: importers ignore them before comparing. Every table and row
 * code here is one an edition declares ({@code StatutoryDeclarationTest} holds it).
 */
public final class AcceptedLabels {

    /** table code → row code → accepted variants, in either edition when the row exists there. */
    private static final Map<String, Map<String, List<String>>> ROWS = Map.of(
            "proactive", Map.of(
                    // the 2019 edition's label in a 2021 table and the 2021 one in a 2019 table
                    "normative_documents", List.of("规范性文件", "行政规范性文件")),
            "applications", Map.of(
                    "denied_prohibited_by_law", List.of("其他法律行政止公开", "其他法律行政法规禁止公开的"),
                    "results_total", List.of("合计"),
                    // the 2019 edition's single （六） row printed in a 2021 table: its figure is the 3.其他 row's
                    "other_other", List.of("其他处理")),
            "review_litigation", Map.of(
                    "review", List.of("行政法复议"),
                    "suit_direct", List.of("行政诉讼未经复议直接起诉", "未经复议直接起诉的行政诉讼"),
                    "suit_after_review", List.of("行政诉讼复议后起诉", "复议后起诉的行政诉讼")));

    /** Words printed in table headers that are not labels of a row or column (the first header cell of table 2). */
    private static final List<String> HEADER_WORDS = List.of("信息内容", "行政诉讼");

    /** The titles reports print: the statutory 「…年政府信息公开工作年度报告」 and the shorter form without 工作. */
    public static final String TITLE_SUFFIX = Edition.TITLE;
    public static final String TITLE_SUFFIX_WITHOUT_WORK = "政府信息公开年度报告";

    private AcceptedLabels() {
    }

    /** The table code → row codes that have variants, for checking them against the editions. */
    public static Map<String, java.util.Set<String>> rowCodes() {
        Map<String, java.util.Set<String>> codes = new java.util.HashMap<>();
        ROWS.forEach((table, rows) -> codes.put(table, rows.keySet()));
        return codes;
    }

    /** The variants under which {@code row} of {@code table} is accepted (the printed label not included). */
    public static List<String> rowVariants(StatTable table, Row row) {
        return ROWS.getOrDefault(table.code(), Map.of()).getOrDefault(row.code(), List.of()).stream()
                .filter(v -> !v.equals(row.label())).toList();
    }

    /** Header words of {@code table} beyond its rows', columns', blocks' and note's labels. */
    public static List<String> headerWords(StatTable table) {
        return HEADER_WORDS;
    }
}
