package org.nianbao.word;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.nianbao.publishing.Correction;
import org.nianbao.publishing.ReportView;
import org.nianbao.publishing.RevisionRenderer;
import org.nianbao.statutory.Section;
import org.nianbao.statutory.TableLayout;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.springframework.stereotype.Component;

/**
 * Renders a published revision as a Word document for agencies that re-use the text: the title, the publication
 * date and the six sections, the statutory tables as real Word tables with the printed layout's merged headers
 * ({@code gridSpan} for column spans, {@code vMerge} for row spans).
 */
@Component
public class ReportDocx implements RevisionRenderer {

    static final String FONT = "宋体";

    @Override
    public String kind() {
        return "docx";
    }

    @Override
    public byte[] render(ReportView view) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.getProperties().getCoreProperties().setTitle(view.title());
            doc.getProperties().getCoreProperties().setCreator(view.content().agencyName());
            doc.getProperties().getCoreProperties().setSubjectProperty(org.nianbao.statutory.Edition.TITLE);
            Instant dated = view.publishedAt() != null ? view.publishedAt() : Instant.EPOCH;
            doc.getProperties().getCoreProperties().setCreated(Optional.of(Date.from(dated)));
            doc.getProperties().getCoreProperties().setModified(Optional.of(Date.from(dated)));
            paragraph(doc, view.title(), ParagraphAlignment.CENTER, 16, true);
            paragraph(doc, "发布日期：" + view.publishedDate()
                    + (view.revision() > 1 ? " · 第 " + view.revision() + " 版" : ""), ParagraphAlignment.CENTER, 10,
                    false);
            if (view.correction() != null) {
                correction(doc, view, view.correction());
            }
            for (Section section : view.sections()) {
                paragraph(doc, section.heading(), ParagraphAlignment.LEFT, 13, true);
                if (section.isProse()) {
                    for (String text : view.paragraphs(section)) {
                        paragraph(doc, text, ParagraphAlignment.BOTH, 11, false).setIndentationFirstLine(440);
                    }
                } else {
                    if (view.hasAmounts(section)) {
                        paragraph(doc, view.amountNote(), ParagraphAlignment.RIGHT, 9, false);
                    }
                    table(doc, view.layout(section), view);
                }
            }
            doc.write(out);
            return dated(out.toByteArray(), LocalDateTime.ofInstant(dated, ReportView.CHINA));
        } catch (IOException e) {
            throw new UncheckedIOException("Word document of " + view.title() + " failed", e);
        }
    }

    /**
     * The same package with every entry dated {@code time} instead of the moment it was written, so that rendering
     * a revision again gives the same bytes (as its PDF does).
     */
    static byte[] dated(byte[] docx, LocalDateTime time) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(docx.length);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTimeLocal(time);
                zip.putNextEntry(copy);
                in.transferTo(zip);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** The 更正说明 as the PDF prints it: superseded revision, note, changed cells old → new, changed sections. */
    private static void correction(XWPFDocument doc, ReportView view, Correction correction) {
        paragraph(doc, "更正说明", ParagraphAlignment.LEFT, 13, true);
        paragraph(doc, "本报告为第 " + view.revision() + " 版，" + view.publishedDate() + "发布，更正"
                + correction.supersededDate() + "发布的第 " + correction.supersedes() + " 版。",
                ParagraphAlignment.LEFT, 11, false);
        paragraph(doc, correction.note(), ParagraphAlignment.BOTH, 11, false);
        if (correction.changesNothing()) {
            paragraph(doc, "与第 " + correction.supersedes() + " 版相比，表格数字和文字均无改动。", ParagraphAlignment.LEFT,
                    11, false);
        }
        if (!correction.cellLines().isEmpty()) {
            paragraph(doc, "与第 " + correction.supersedes() + " 版相比更正的数字：", ParagraphAlignment.LEFT, 11, false);
            for (Correction.CellLine line : correction.cellLines()) {
                paragraph(doc, line.name() + "：" + line.before() + " → " + line.after(), ParagraphAlignment.LEFT, 10,
                        false);
            }
        }
        if (!correction.changedSections().isEmpty()) {
            paragraph(doc, "文字有改动的部分：" + String.join("；", correction.changedSections()) + "。",
                    ParagraphAlignment.LEFT, 11, false);
        }
    }

    private static XWPFParagraph paragraph(XWPFDocument doc, String text, ParagraphAlignment alignment, int size,
            boolean bold) {
        XWPFParagraph paragraph = doc.createParagraph();
        paragraph.setAlignment(alignment);
        run(paragraph, text, size, bold);
        return paragraph;
    }

    private static void run(XWPFParagraph paragraph, String text, int size, boolean bold) {
        XWPFRun run = paragraph.createRun();
        run.setText(text);
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setBold(bold);
    }

    /** The printed layout as a Word table: every line a row, merged cells as Word merges them. */
    private static void table(XWPFDocument doc, TableLayout layout, ReportView view) {
        List<Placed> placed = place(layout);
        XWPFTable table = doc.createTable();
        CTTblGrid grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid()
                : table.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int c = 0; c < layout.width(); c++) {
            grid.addNewGridCol().setW(BigInteger.valueOf(9000 / layout.width()));
        }
        for (int r = 0; r < layout.lines().size(); r++) {
            XWPFTableRow row = table.insertNewTableRow(r);
            if (layout.lines().get(r).head()) {
                row.setRepeatHeader(true);
            }
            for (int c = 0; c < layout.width(); ) {
                Placed item = at(placed, r, c);
                XWPFTableCell cell = row.addNewTableCell();
                CTTcPr properties = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
                int colspan = item == null ? 1 : item.item().colspan();
                if (colspan > 1) {
                    properties.addNewGridSpan().setVal(BigInteger.valueOf(colspan));
                }
                if (item != null && item.item().rowspan() > 1) {
                    properties.addNewVMerge().setVal(item.row() == r ? STMerge.RESTART : STMerge.CONTINUE);
                }
                if (item != null && item.row() == r) {
                    TableLayout.Item it = item.item();
                    String text = it.isHeader() ? it.text() : view.format(it.cell());
                    XWPFParagraph paragraph = cell.getParagraphs().get(0);
                    paragraph.setAlignment(it.isHeader() ? ParagraphAlignment.CENTER : ParagraphAlignment.RIGHT);
                    run(paragraph, text, 9, false);
                }
                c += colspan;
            }
        }
        table.removeRow(layout.lines().size()); // the row createTable() started with
    }

    /** Where each item of the layout sits in the grid, skipping the places row spans from above cover. */
    static List<Placed> place(TableLayout layout) {
        int rows = layout.lines().size();
        boolean[][] taken = new boolean[rows][layout.width()];
        List<Placed> placed = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            int c = 0;
            for (TableLayout.Item item : layout.lines().get(r).items()) {
                while (c < layout.width() && taken[r][c]) {
                    c++;
                }
                placed.add(new Placed(item, r, c));
                for (int dr = 0; dr < item.rowspan() && r + dr < rows; dr++) {
                    for (int dc = 0; dc < item.colspan() && c + dc < layout.width(); dc++) {
                        taken[r + dr][c + dc] = true;
                    }
                }
                c += item.colspan();
            }
        }
        return placed;
    }

    private static Placed at(List<Placed> placed, int row, int column) {
        for (Placed p : placed) {
            if (column == p.column() && row >= p.row() && row < p.row() + p.item().rowspan()) {
                return p;
            }
        }
        return null;
    }

    /** An item of the layout at its row and first column. */
    record Placed(TableLayout.Item item, int row, int column) {
    }
}
