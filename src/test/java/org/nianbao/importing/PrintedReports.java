package org.nianbao.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.nianbao.exchange.ExchangeFormat;
import org.nianbao.statutory.Cell;
import org.nianbao.statutory.ReportContent;
import org.nianbao.statutory.Section;
import org.nianbao.statutory.TableLayout;
import org.nianbao.statutory.ValueKind;

/**
 * Reports printed as agencies publish them, for the import tests: an HTML page with the statutory tables as
 * {@code <table>}s with row and column spans (from the portal's {@link TableLayout}), and the text a browser copies
 * from it (cells separated by tabs, spanned positions empty). Built from a {@link ReportContent}, which is then
 * what an import must give back.
 */
final class PrintedReports {

    private PrintedReports() {
    }

    static ReportContent demo(String name) {
        try (InputStream in = PrintedReports.class.getResourceAsStream("/demo/" + name + ".json")) {
            return ExchangeFormat.read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code report} with {@code cell} set as printed ({@code null} for blank); totals are not recomputed. */
    static ReportContent with(ReportContent report, Cell cell, BigDecimal value) {
        Map<Cell, BigDecimal> values = new HashMap<>(report.values());
        if (value == null) {
            values.remove(cell);
        } else {
            values.put(cell, value);
        }
        return report.withValues(values);
    }

    static String title(ReportContent report) {
        return report.agencyName() + report.year() + "年政府信息公开工作年度报告";
    }

    static String html(ReportContent report, String date) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>")
                .append(title(report)).append("</title></head><body><div class=\"nav\"><a href=\"/\">首页</a></div>")
                .append("<h1>").append(title(report)).append("</h1>");
        if (date != null) {
            html.append("<p>发布日期：").append(date).append("</p>");
        }
        for (Section section : report.edition().sections()) {
            html.append("<h2>").append(section.heading()).append("</h2>");
            if (section.isProse()) {
                for (String paragraph : report.section(section.code()).split("\n\n")) {
                    html.append("<p>").append(paragraph).append("</p>");
                }
                continue;
            }
            html.append("<table border=\"1\">");
            for (TableLayout.Line line : TableLayout.of(section.table()).lines()) {
                html.append("<tr>");
                for (TableLayout.Item item : line.items()) {
                    String tag = item.isHeader() ? "th" : "td";
                    html.append('<').append(tag);
                    if (item.colspan() > 1) {
                        html.append(" colspan=\"").append(item.colspan()).append('"');
                    }
                    if (item.rowspan() > 1) {
                        html.append(" rowspan=\"").append(item.rowspan()).append('"');
                    }
                    html.append('>').append(item.isHeader() ? item.text() : format(report, item.cell()))
                            .append("</").append(tag).append('>');
                }
                html.append("</tr>");
            }
            html.append("</table>");
        }
        return html.append("</body></html>").toString();
    }

    /** The text a browser copies from {@link #html}: one line per row, spans expanded to empty cells. */
    static String text(ReportContent report, String date) {
        List<String> lines = new ArrayList<>();
        lines.add(title(report));
        if (date != null) {
            lines.add("发布日期：" + date);
        }
        for (Section section : report.edition().sections()) {
            lines.add(section.heading());
            if (section.isProse()) {
                lines.addAll(List.of(report.section(section.code()).split("\n\n")));
                continue;
            }
            TableLayout layout = TableLayout.of(section.table());
            List<String[]> grid = new ArrayList<>();
            for (int r = 0; r < layout.lines().size(); r++) {
                grid.add(null);
            }
            List<boolean[]> taken = new ArrayList<>();
            for (int r = 0; r < layout.lines().size(); r++) {
                taken.add(new boolean[layout.width()]);
                grid.set(r, new String[layout.width()]);
                java.util.Arrays.fill(grid.get(r), "");
            }
            for (int r = 0; r < layout.lines().size(); r++) {
                int c = 0;
                for (TableLayout.Item item : layout.lines().get(r).items()) {
                    while (taken.get(r)[c]) {
                        c++;
                    }
                    for (int dr = 0; dr < item.rowspan(); dr++) {
                        for (int dc = 0; dc < item.colspan(); dc++) {
                            taken.get(r + dr)[c + dc] = true;
                        }
                    }
                    grid.get(r)[c] = item.isHeader() ? item.text() : format(report, item.cell());
                    c += item.colspan();
                }
            }
            grid.forEach(row -> lines.add(String.join("\t", row)));
        }
        return String.join("\n", lines) + "\n";
    }

    static String format(ReportContent report, Cell cell) {
        BigDecimal value = report.value(cell);
        if (value == null) {
            return "";
        }
        return report.edition().kind(cell) == ValueKind.AMOUNT ? value.setScale(4).toPlainString()
                : value.toBigInteger().toString();
    }
}
