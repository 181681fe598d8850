package org.nianbao.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.nianbao.text.Text;

/**
 * An HTML page saved from a website: text blocks (paragraphs, headings, list items, line breaks) become lines of
 * one cell; each {@code <table>} becomes a grid, its {@code rowspan}/{@code colspan} expanded (the positions a span
 * covers beyond its first are empty), so that rows line up with the header as in a text copy. The charset is the
 * page's own (meta or byte order mark), else UTF-8.
 */
final class HtmlSource {

    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr",
            "section", "article", "header", "footer", "ul", "ol", "blockquote", "pre", "title", "center", "dd", "dt");

    private final List<Line> lines = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();

    private HtmlSource() {
    }

    static List<Line> lines(byte[] bytes) {
        Document document;
        try {
            document = Jsoup.parse(new ByteArrayInputStream(bytes), null, "");
        } catch (IOException e) {
            throw new ImportException(Text.of("import.html.unreadable"), e);
        }
        HtmlSource source = new HtmlSource();
        source.walk(document.body());
        source.flush();
        return source.lines;
    }

    private void walk(Node node) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode textNode) {
                text.append(textNode.text());
            } else if (child instanceof Element element) {
                String tag = element.normalName();
                if (tag.equals("table")) {
                    flush();
                    table(element);
                } else if (tag.equals("br")) {
                    flush();
                } else if (tag.equals("script") || tag.equals("style")) {
                    continue;
                } else if (BLOCKS.contains(tag)) {
                    flush();
                    walk(element);
                    flush();
                } else {
                    walk(element);
                }
            }
        }
    }

    private void flush() {
        String line = text.toString().strip();
        text.setLength(0);
        if (!line.isEmpty()) {
            lines.add(new Line(lines.size() + 1, List.of(line)));
        }
    }

    private void table(Element table) {
        List<Element> rows = table.select("tr").stream().filter(tr -> tr.closest("table") == table).toList();
        List<List<String>> grid = new ArrayList<>();
        List<boolean[]> taken = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            int c = 0;
            for (Element cell : rows.get(r).children()) {
                if (!cell.normalName().equals("td") && !cell.normalName().equals("th")) {
                    continue;
                }
                while (isTaken(taken, r, c)) {
                    c++;
                }
                int colspan = span(cell.attr("colspan"));
                int rowspan = span(cell.attr("rowspan"));
                for (int dr = 0; dr < rowspan; dr++) {
                    for (int dc = 0; dc < colspan; dc++) {
                        put(grid, taken, r + dr, c + dc, dr == 0 && dc == 0 ? cell.text() : "");
                    }
                }
                c += colspan;
            }
        }
        for (List<String> row : grid) {
            lines.add(new Line(lines.size() + 1, row));
        }
    }

    private static int span(String attribute) {
        try {
            return Math.max(1, Math.min(100, Integer.parseInt(attribute.strip())));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static boolean isTaken(List<boolean[]> taken, int r, int c) {
        return r < taken.size() && c < taken.get(r).length && taken.get(r)[c];
    }

    private static void put(List<List<String>> grid, List<boolean[]> taken, int r, int c, String text) {
        while (grid.size() <= r) {
            grid.add(new ArrayList<>());
            taken.add(new boolean[0]);
        }
        List<String> row = grid.get(r);
        while (row.size() <= c) {
            row.add("");
        }
        row.set(c, text);
        if (taken.get(r).length <= c) {
            taken.set(r, java.util.Arrays.copyOf(taken.get(r), c + 1));
        }
        taken.get(r)[c] = true;
    }
}
