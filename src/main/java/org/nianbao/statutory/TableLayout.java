package org.nianbao.statutory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A statutory table as the printed format lays it out: lines of header and value cells with their spans, and for
 * every value cell the ids of all headers over it (for {@code headers=} so screen readers read merged headers).
 * The web pages, the editor and the PDF all render this one layout.
 */
public record TableLayout(StatTable table, int width, List<Line> lines) {

    /** One printed line; {@code head} lines belong in {@code <thead>} (and repeat on every PDF page). */
    public record Line(boolean head, List<Item> items) {
    }

    /**
     * A printed cell: a header ({@code th}), the note in the corner, or a value of {@code cell}.
     * {@code scope} is col, colgroup, row or rowgroup for headers.
     */
    public record Item(Kind kind, String text, int colspan, int rowspan, String id, String scope,
            List<String> headers, Cell cell, boolean derived) {

        public enum Kind { HEADER, NOTE, VALUE }

        public boolean isHeader() {
            return kind != Kind.VALUE;
        }

        public boolean isNote() {
            return kind == Kind.NOTE;
        }

        public String headersAttribute() {
            return String.join(" ", headers);
        }
    }

    public static TableLayout of(StatTable table) {
        return switch (table.layout()) {
            case GRID -> grid(table);
            case FLAT -> flat(table);
            case BLOCKS -> blocks(table);
        };
    }

    private static TableLayout grid(StatTable table) {
        List<Column> columns = table.columns();
        int columnDepth = columns.stream().mapToInt(c -> c.groups().size() + 1).max().orElse(1);
        List<List<String>> columnPaths = columns.stream().map(c -> {
            List<String> path = new ArrayList<>(c.groups());
            path.add(c.label());
            return HeaderGrid.padLast(path, columnDepth);
        }).toList();
        int rowDepth = table.rows().stream().mapToInt(r -> r.labels().size()).max().orElse(1);
        List<List<String>> rowPaths = table.rows().stream().map(r -> HeaderGrid.padLast(r.labels(), rowDepth)).toList();

        List<HeaderGrid.Rect> columnRects = HeaderGrid.of(columnPaths);
        List<HeaderGrid.Rect> rowRects = HeaderGrid.of(rowPaths);
        String p = table.code();

        List<Line> lines = new ArrayList<>();
        for (int level = 0; level < columnDepth; level++) {
            List<Item> items = new ArrayList<>();
            if (level == 0) {
                items.add(new Item(Item.Kind.NOTE, table.note() == null ? "" : table.note(), rowDepth, columnDepth,
                        p + "-note", null, List.of(), null, false));
            }
            for (HeaderGrid.Rect rect : columnRects) {
                if (rect.level() == level) {
                    items.add(columnHeader(p, rect));
                }
            }
            lines.add(new Line(true, items));
        }
        for (int r = 0; r < table.rows().size(); r++) {
            Row row = table.rows().get(r);
            List<Item> items = new ArrayList<>();
            for (HeaderGrid.Rect rect : rowRects) {
                if (rect.first() == r) {
                    items.add(rowHeader(p, rect));
                }
            }
            for (int c = 0; c < columns.size(); c++) {
                Column column = columns.get(c);
                List<String> headers = new ArrayList<>(idsOver(p + "-col", columnRects, c));
                headers.addAll(idsOver(p + "-row", rowRects, r));
                items.add(value(new Cell(p, row.code(), column.code()), 1, headers, row.isTotal() || column.isTotal()));
            }
            lines.add(new Line(false, items));
        }
        return new TableLayout(table, rowDepth + columns.size(), lines);
    }

    private static TableLayout flat(StatTable table) {
        int groupDepth = table.rows().stream().mapToInt(r -> r.labels().size()).max().orElse(1);
        List<List<String>> paths = new ArrayList<>();
        List<Cell> cells = new ArrayList<>();
        List<Boolean> derived = new ArrayList<>();
        for (Row row : table.rows()) {
            for (Column column : row.columns()) {
                List<String> path = HeaderGrid.padLast(row.labels(), groupDepth);
                path.add(column.label());
                paths.add(path);
                cells.add(new Cell(table.code(), row.code(), column.code()));
                derived.add(row.isTotal() || column.isTotal());
            }
        }
        List<HeaderGrid.Rect> rects = HeaderGrid.of(paths);
        String p = table.code();
        List<Line> lines = new ArrayList<>();
        for (int level = 0; level <= groupDepth; level++) {
            List<Item> items = new ArrayList<>();
            for (HeaderGrid.Rect rect : rects) {
                if (rect.level() == level) {
                    items.add(columnHeader(p, rect));
                }
            }
            lines.add(new Line(true, items));
        }
        List<Item> values = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            values.add(value(cells.get(i), 1, idsOver(p + "-col", rects, i), derived.get(i)));
        }
        lines.add(new Line(false, values));
        return new TableLayout(table, cells.size(), lines);
    }

    private static TableLayout blocks(StatTable table) {
        Map<String, List<Row>> blocks = new LinkedHashMap<>();
        table.rows().forEach(r -> blocks.computeIfAbsent(r.block(), b -> new ArrayList<>()).add(r));
        int valueWidth = table.rows().stream().mapToInt(r -> r.columns().size()).max().orElse(1);
        int width = 1 + valueWidth;
        String p = table.code();
        List<Line> lines = new ArrayList<>();
        int b = 0;
        for (Map.Entry<String, List<Row>> block : blocks.entrySet()) {
            String blockId = p + "-block-" + b;
            lines.add(new Line(false, List.of(new Item(Item.Kind.HEADER, block.getKey(), width, 1, blockId,
                    "colgroup", List.of(), null, false))));
            List<Column> columns = block.getValue().get(0).columns();
            List<Item> head = new ArrayList<>();
            head.add(new Item(Item.Kind.HEADER, "信息内容", 1, 1, blockId + "-label", "col", List.of(blockId), null,
                    false));
            for (int c = 0; c < columns.size(); c++) {
                head.add(new Item(Item.Kind.HEADER, columns.get(c).label(), fill(c, columns.size(), valueWidth), 1,
                        blockId + "-" + columns.get(c).code(), "col", List.of(blockId), null, false));
            }
            lines.add(new Line(false, head));
            for (Row row : block.getValue()) {
                List<Item> items = new ArrayList<>();
                String rowId = p + "-row-" + row.code();
                items.add(new Item(Item.Kind.HEADER, row.label(), 1, 1, rowId, "row", List.of(blockId), null, false));
                for (int c = 0; c < columns.size(); c++) {
                    Column column = columns.get(c);
                    items.add(value(new Cell(p, row.code(), column.code()), fill(c, columns.size(), valueWidth),
                            List.of(blockId, blockId + "-" + column.code(), rowId), false));
                }
                lines.add(new Line(false, items));
            }
            b++;
        }
        return new TableLayout(table, width, lines);
    }

    /** The last of a block's columns stretches over the columns the block does not have. */
    private static int fill(int index, int count, int width) {
        return index == count - 1 ? width - count + 1 : 1;
    }

    private static Item columnHeader(String prefix, HeaderGrid.Rect rect) {
        return new Item(Item.Kind.HEADER, rect.label(), rect.span(), rect.levels(), id(prefix + "-col", rect),
                rect.span() > 1 ? "colgroup" : "col", List.of(), null, false);
    }

    private static Item rowHeader(String prefix, HeaderGrid.Rect rect) {
        return new Item(Item.Kind.HEADER, rect.label(), rect.levels(), rect.span(), id(prefix + "-row", rect),
                rect.span() > 1 ? "rowgroup" : "row", List.of(), null, false);
    }

    private static Item value(Cell cell, int colspan, List<String> headers, boolean derived) {
        return new Item(Item.Kind.VALUE, null, colspan, 1, "cell-" + cell.key().replace('.', '-'), null, headers, cell,
                derived);
    }

    private static List<String> idsOver(String prefix, List<HeaderGrid.Rect> rects, int leaf) {
        return rects.stream().filter(r -> r.covers(leaf)).map(r -> id(prefix, r)).toList();
    }

    private static String id(String prefix, HeaderGrid.Rect rect) {
        return prefix + "-" + rect.level() + "-" + rect.first();
    }
}
