package org.nianbao.validation;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.nianbao.demo.Generator;
import org.nianbao.statutory.Cell;
import org.nianbao.statutory.Column;
import org.nianbao.statutory.Edition;
import org.nianbao.statutory.ReportContent;
import org.nianbao.statutory.Row;
import org.nianbao.statutory.StatTable;
import org.nianbao.statutory.ValueKind;

/** Builds report contents for the tests from the edition's declaration. */
public final class Reports {

    static final Map<String, String> SECTIONS = ReportContent.sections("本年度政府信息公开工作有序开展。",
            "公开内容不够全面，明年将逐项梳理。", "本年度未收取信息处理费。");

    /** Two consecutive years of one agency. */
    public record Years(ReportContent previous, ReportContent current) {
    }

    private Reports() {
    }

    /** Every cell 0, every section filled. */
    static ReportContent zeros(Edition edition, int year) {
        return filled(edition, year, List.of(0));
    }

    /**
     * A report whose input cells take {@code values} in turn (repeating them when there are more cells), whose
     * declared balances (R1) are made to hold by raising one operand, and whose totals are computed.
     */
    static ReportContent balanced(Edition edition, int year, List<Integer> values) {
        return balance(filled(edition, year, values));
    }

    /** A balanced report with random figures from 0 to 20, the same for the same seed. */
    public static ReportContent balanced(Edition edition, int year, long seed) {
        Random random = new Random(seed);
        return balanced(edition, year, IntStream.range(0, 300).mapToObj(i -> random.nextInt(21)).toList());
    }

    /**
     * A balanced report on {@code year} and a balanced report on the year before in {@code lastEdition} that agree
     * on every cross-year rule: R5 (上年结转 = last year's 结转), R6 (现行有效), R7 (对外公开总数量, 上一年项目数量).
     */
    public static Years consecutive(Edition edition, int year, Edition lastEdition, long seed) {
        ReportContent previous = balanced(lastEdition, year - 1, seed);
        Map<Cell, BigDecimal> values = new HashMap<>(balanced(edition, year, seed + 1).values());
        StatTable applications = edition.table("applications").orElseThrow();
        for (Column column : applications.columns()) {
            values.put(new Cell("applications", "carried_in", column.code()),
                    previous.value("applications", "carried_out", column.code()));
        }
        for (Row row : edition.table("proactive").orElseThrow().rows()) {
            Cell inForce = new Cell("proactive", row.code(), "in_force");
            BigDecimal lastInForce = previous.value(inForce);
            if (row.column("in_force").isPresent() && lastInForce != null) {
                BigDecimal issued = values.get(new Cell("proactive", row.code(), "issued"));
                BigDecimal repealed = values.get(new Cell("proactive", row.code(), "repealed"))
                        .min(lastInForce.add(issued));
                values.put(new Cell("proactive", row.code(), "repealed"), repealed);
                values.put(inForce, lastInForce.add(issued).subtract(repealed));
            }
            Cell total = new Cell("proactive", row.code(), "total_published");
            if (previous.value(total) != null && values.containsKey(total)) {
                values.put(total, previous.value(total).add(values.get(new Cell("proactive", row.code(),
                        "new_published"))));
            }
            Cell items = new Cell("proactive", row.code(), "items_last_year");
            if (previous.value(items) != null && values.containsKey(items)) {
                values.put(items, previous.value(items).add(previous.value("proactive", row.code(), "items_change")));
            }
        }
        ReportContent current = balance(new ReportContent("test", "测试机关", year, edition, SECTIONS, values));
        return new Years(previous, current);
    }

    /** {@code report} with {@code cell} set to {@code value} as printed: totals are not recomputed. */
    public static ReportContent with(ReportContent report, Cell cell, BigDecimal value) {
        Map<Cell, BigDecimal> values = new HashMap<>(report.values());
        values.put(cell, value);
        return report.withValues(values);
    }

    static ReportContent plus(ReportContent report, Cell cell, long amount) {
        return with(report, cell, report.value(cell).add(BigDecimal.valueOf(amount)));
    }

    static ReportContent without(ReportContent report, Cell cell) {
        Map<Cell, BigDecimal> values = new HashMap<>(report.values());
        values.remove(cell);
        return report.withValues(values);
    }

    static ReportContent withSection(ReportContent report, String code, String text) {
        Map<String, String> sections = new HashMap<>(report.sections());
        sections.put(code, text);
        return new ReportContent(report.agencyCode(), report.agencyName(), report.year(), report.edition(), sections,
                report.values());
    }

    static BigDecimal sum(ReportContent report, List<Cell> cells) {
        return ReportContent.sum(report.values(), cells);
    }

    private static ReportContent filled(Edition edition, int year, List<Integer> values) {
        Map<Cell, BigDecimal> cells = new HashMap<>();
        int next = 0;
        for (Cell cell : edition.cells()) {
            if (!edition.isDerived(cell)) {
                int value = values.get(next++ % values.size());
                cells.put(cell, edition.kind(cell) == ValueKind.AMOUNT ? BigDecimal.valueOf(value, 2)
                        : BigDecimal.valueOf(value));
            }
        }
        return new ReportContent("test", "测试机关", year, edition, SECTIONS, cells).withComputedTotals();
    }

    private static ReportContent balance(ReportContent report) {
        return Generator.balance(report);
    }
}
