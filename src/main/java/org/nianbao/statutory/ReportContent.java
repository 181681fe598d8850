package org.nianbao.statutory;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a report says, as plain values: the prose of each prose section (by section code) and the figure of each
 * cell. A cell missing from {@code values} is blank, which is never read as 0.
 */
public record ReportContent(String agencyCode, String agencyName, int year, Edition edition,
        Map<String, String> sections, Map<Cell, BigDecimal> values) {

    public ReportContent {
        Objects.requireNonNull(edition, "edition");
        sections = Map.copyOf(sections);
        values = Map.copyOf(values);
    }

    /** The report's title, 「{agency}{year}年政府信息公开工作年度报告」. */
    public String title() {
        return Edition.title(agencyName, year);
    }

    /** The figure in {@code cell}, or null when it is blank. */
    public BigDecimal value(Cell cell) {
        return values.get(cell);
    }

    public BigDecimal value(String table, String row, String column) {
        return value(new Cell(table, row, column));
    }

    public String section(String code) {
        return sections.getOrDefault(code, "");
    }

    /** The cells of the edition that are blank. */
    public List<Cell> blankCells() {
        return edition.cells().stream().filter(c -> !values.containsKey(c)).toList();
    }

    /**
     * This content with every derived total recomputed from its parts (blank when a part is blank): what the
     * editor stores. Imported reports keep their printed totals instead, so that R1–R4 can check them.
     */
    public ReportContent withComputedTotals() {
        Map<Cell, BigDecimal> computed = new HashMap<>(values);
        for (StatTable table : edition.tables()) {
            // column totals of ordinary rows first, then total rows across every column (their total column too)
            for (Row row : table.rows()) {
                if (!row.isTotal()) {
                    for (Column column : row.columns()) {
                        if (column.isTotal()) {
                            put(computed, new Cell(table.code(), row.code(), column.code()),
                                    sum(computed, column.parts().stream()
                                            .map(p -> new Cell(table.code(), row.code(), p)).toList()));
                        }
                    }
                }
            }
            for (Row row : table.rows()) {
                if (row.isTotal()) {
                    for (Column column : row.columns()) {
                        put(computed, new Cell(table.code(), row.code(), column.code()),
                                sum(computed, row.parts().stream()
                                        .map(p -> new Cell(table.code(), p, column.code())).toList()));
                    }
                }
            }
        }
        return new ReportContent(agencyCode, agencyName, year, edition, sections, computed);
    }

    public ReportContent withValues(Map<Cell, BigDecimal> newValues) {
        return new ReportContent(agencyCode, agencyName, year, edition, sections, newValues);
    }

    /** The sum of the cells, or null when any of them is blank. */
    public static BigDecimal sum(Map<Cell, BigDecimal> values, List<Cell> cells) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Cell cell : cells) {
            BigDecimal value = values.get(cell);
            if (value == null) {
                return null;
            }
            sum = sum.add(value);
        }
        return sum;
    }

    private static void put(Map<Cell, BigDecimal> values, Cell cell, BigDecimal value) {
        if (value == null) {
            values.remove(cell);
        } else {
            values.put(cell, value);
        }
    }

    /**
     * A convenience for building content: the texts of the prose sections in printed order (一、五、六), keyed by the
     * codes the editions declare (both editions have the same prose sections).
     */
    public static Map<String, String> sections(String overview, String problems, String otherMatters) {
        List<String> texts = java.util.Arrays.asList(overview, problems, otherMatters);
        List<Section> prose = Edition.E2021.proseSections();
        Map<String, String> sections = new LinkedHashMap<>();
        for (int i = 0; i < prose.size(); i++) {
            sections.put(prose.get(i).code(), texts.get(i));
        }
        return sections;
    }
}
