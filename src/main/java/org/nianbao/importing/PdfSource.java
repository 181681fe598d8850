package org.nianbao.importing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.nianbao.text.Text;

/**
 * A PDF with a text layer, its tables recovered from the positions of the glyphs (PDFBox {@link TextPosition}):
 * glyphs on one baseline form a visual line, split into cells where the gap exceeds most of a character; a line with
 * figures anchors a table row, and the label-only lines just above or below it (closer than a line and a half: a
 * label wrapped inside its cell) join its label cells; figures are placed in the columns that the fullest rows of
 * the same run of rows define, so that a blank cell stays an empty cell. Wrapped lines of a paragraph are joined.
 * Running headers and footers (page numbers, lines repeated on every page) are dropped.
 */
final class PdfSource {

    private static final Pattern PAGE_NUMBER = Pattern.compile("^(第\\d+页.*|-?\\d+-?|\\d+/\\d+|共\\d+页.*)$");
    /** Baselines closer than this many font sizes belong to one cell or one paragraph. */
    private static final float TIGHT = 1.7f;
    /** Lines of a paragraph are closer than this many font sizes (line heights up to 1.8). */
    private static final float PARAGRAPH = 1.9f;
    /** A gap wider than this many font sizes separates two cells. */
    private static final float CELL_GAP = 0.8f;

    record Glyph(float x, float y, float width, float size, String text) {
        float end() {
            return x + width;
        }
    }

    /** A run of glyphs on one line: a cell. */
    record Segment(float x, float end, float size, String text) {
        boolean isFigure() {
            return PrintedValue.of(text).value() != null;
        }
    }

    /** A visual line. */
    record Visual(float y, float size, List<Segment> segments) {
        boolean hasFigures() {
            return segments.stream().anyMatch(Segment::isFigure);
        }

        float firstFigureX() {
            return (float) segments.stream().filter(Segment::isFigure).mapToDouble(Segment::x).min().orElse(1e9);
        }
    }

    private PdfSource() {
    }

    static List<Line> lines(byte[] bytes) {
        List<List<Visual>> pages = new ArrayList<>();
        List<Float> heights = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(bytes)) {
            if (document.isEncrypted()) {
                throw new ImportException(Text.of("import.pdf.encrypted"));
            }
            for (int p = 1; p <= document.getNumberOfPages(); p++) {
                List<Glyph> glyphs = new ArrayList<>();
                PDFTextStripper stripper = new PDFTextStripper() {
                    @Override
                    protected void writeString(String text, List<TextPosition> positions) {
                        for (TextPosition t : positions) {
                            if (!t.getUnicode().isBlank()) {
                                glyphs.add(new Glyph(t.getXDirAdj(), t.getYDirAdj(), t.getWidthDirAdj(),
                                        Math.max(1f, t.getFontSizeInPt()), t.getUnicode()));
                            }
                        }
                    }
                };
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                stripper.getText(document);
                pages.add(visualLines(glyphs));
                heights.add(document.getPage(p - 1).getMediaBox().getHeight());
            }
        } catch (IOException e) {
            throw new ImportException(Text.of("import.pdf.unreadable"), e);
        }
        if (pages.stream().allMatch(List::isEmpty)) {
            throw new ImportException(Text.of("import.pdf.no-text"));
        }
        dropRunningHeaders(pages, heights);
        List<Line> lines = new ArrayList<>();
        for (List<Visual> page : pages) {
            for (List<String> cells : PdfRows.rows(page)) {
                lines.add(new Line(lines.size() + 1, cells));
            }
        }
        return lines;
    }

    private static List<Visual> visualLines(List<Glyph> glyphs) {
        glyphs.sort(Comparator.comparingDouble(Glyph::y).thenComparingDouble(Glyph::x));
        List<List<Glyph>> groups = new ArrayList<>();
        for (Glyph glyph : glyphs) {
            List<Glyph> last = groups.isEmpty() ? null : groups.get(groups.size() - 1);
            if (last != null && Math.abs(last.get(0).y() - glyph.y()) <= 0.3f * glyph.size()) {
                last.add(glyph);
            } else {
                groups.add(new ArrayList<>(List.of(glyph)));
            }
        }
        List<Visual> lines = new ArrayList<>();
        for (List<Glyph> group : groups) {
            group.sort(Comparator.comparingDouble(Glyph::x));
            List<Segment> segments = new ArrayList<>();
            StringBuilder text = new StringBuilder();
            Glyph first = group.get(0);
            Glyph previous = null;
            float size = 0;
            for (Glyph glyph : group) {
                size = Math.max(size, glyph.size());
                if (previous != null) {
                    float gap = glyph.x() - previous.end();
                    if (gap > CELL_GAP * glyph.size()) {
                        segments.add(new Segment(first.x(), previous.end(), first.size(), text.toString()));
                        text.setLength(0);
                        first = glyph;
                    } else if (gap > 0.2f * glyph.size()) {
                        text.append(' ');
                    }
                }
                text.append(glyph.text());
                previous = glyph;
            }
            segments.add(new Segment(first.x(), previous.end(), first.size(), text.toString()));
            lines.add(new Visual(first.y(), size, segments));
        }
        return lines;
    }

    /** Drops page numbers and lines repeated at the same height on several pages. */
    private static void dropRunningHeaders(List<List<Visual>> pages, List<Float> heights) {
        Map<String, Integer> seen = new HashMap<>();
        for (List<Visual> page : pages) {
            page.stream().map(PdfSource::signature).distinct().forEach(s -> seen.merge(s, 1, Integer::sum));
        }
        for (int p = 0; p < pages.size(); p++) {
            float height = heights.get(p);
            pages.get(p).removeIf(v -> {
                String text = Labels.fold(String.join("", v.segments().stream().map(Segment::text).toList()));
                boolean margin = v.y() < 0.08f * height || v.y() > 0.92f * height;
                return margin && (PAGE_NUMBER.matcher(text).matches() || seen.get(signature(v)) > 1);
            });
        }
    }

    private static String signature(Visual v) {
        return Math.round(v.y()) + ":" + String.join("|", v.segments().stream().map(Segment::text).toList());
    }

    /**
     * Whether {@code below} continues the paragraph of {@code above}: closer than {@link #PARAGRAPH} font sizes,
     * and {@code above} runs to the right edge of the text (a wrapped line, not the end of a paragraph or a title).
     */
    static boolean paragraph(Visual above, Visual below, float right) {
        Segment last = above.segments().get(above.segments().size() - 1);
        return below.y() - above.y() <= PARAGRAPH * Math.min(above.size(), below.size())
                && last.end() >= right - 2 * above.size();
    }

    static boolean tight(Visual above, Visual below) {
        return below.y() - above.y() <= TIGHT * Math.min(above.size(), below.size());
    }
}
