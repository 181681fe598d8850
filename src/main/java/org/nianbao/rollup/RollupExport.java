package org.nianbao.rollup;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.nianbao.exchange.ExchangeFormat;
import org.nianbao.opendata.Csv;
import org.nianbao.opendata.OpenDataSchema;
import org.nianbao.opendata.Xlsx;
import org.nianbao.statutory.Cell;
import org.nianbao.statutory.Column;
import org.nianbao.statutory.Row;
import org.nianbao.statutory.StatTable;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** A roll-up written out: the exchange format plus its lists (API), and one line per cell (CSV, XLSX). */
final class RollupExport {

    private RollupExport() {
    }

    /** The exchange format of the summed figures, with {@code rollup}: levels, included, missing, failing. */
    static ObjectNode json(Rollup rollup) {
        ObjectNode root = ExchangeFormat.write(rollup.content());
        ObjectNode about = root.putObject("rollup");
        about.put("levels", rollup.allLevels() ? "all" : "direct");
        about.put("reports", rollup.included().size());
        members(about.putArray("included"), rollup.included(), rollup);
        members(about.putArray("missing"), rollup.missing(), rollup);
        members(about.putArray("failing"), rollup.failing(), rollup);
        return root;
    }

    private static void members(ArrayNode array, List<Rollup.Member> members, Rollup rollup) {
        for (Rollup.Member m : members) {
            ObjectNode node = array.addObject();
            node.put("code", m.code());
            node.put("name", m.name());
            node.put("kind", m.kind().name());
            node.put("depth", m.depth());
        }
    }

    /** One line per cell of the edition, in printed order: table, row, column, labels, value (blank stays blank). */
    static List<List<Object>> lines(Rollup rollup) {
        List<List<Object>> lines = new ArrayList<>();
        for (StatTable table : rollup.content().edition().tables()) {
            for (Row row : table.rows()) {
                for (Column column : row.columns()) {
                    BigDecimal value = rollup.content().value(new Cell(table.code(), row.code(), column.code()));
                    List<Object> line = new ArrayList<>(List.of(table.code(), row.code(), column.code(),
                            OpenDataSchema.rowLabel(row), OpenDataSchema.columnLabel(column)));
                    line.add(value);
                    lines.add(line);
                }
            }
        }
        return lines;
    }

    static byte[] csv(Rollup rollup) {
        return Csv.write(OpenDataSchema.CELL_LINE_HEADER, lines(rollup).stream()
                .map(l -> l.stream().map(v -> v instanceof BigDecimal d ? d.toPlainString() : v).toList()).toList());
    }

    static byte[] xlsx(Rollup rollup) {
        return Xlsx.write(OpenDataSchema.CELL_LINE_HEADER, lines(rollup),
                OpenDataSchema.cells(rollup.content().edition()));
    }
}
