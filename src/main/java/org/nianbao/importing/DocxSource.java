package org.nianbao.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.nianbao.text.Text;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * A Word document: each paragraph a line of one cell, each table a grid with its merged cells expanded — a cell
 * spanning columns ({@code gridSpan}) leaves empty cells after it, a cell continuing a vertical merge
 * ({@code vMerge} without {@code restart}) is empty — so that rows line up with the header as in a text copy.
 */
final class DocxSource {

    private DocxSource() {
    }

    static List<Line> lines(byte[] bytes) {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            List<Line> lines = new ArrayList<>();
            for (IBodyElement element : document.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph) {
                    lines.add(new Line(lines.size() + 1, List.of(paragraph.getText())));
                } else if (element instanceof XWPFTable table) {
                    for (XWPFTableRow row : table.getRows()) {
                        lines.add(new Line(lines.size() + 1, cells(row)));
                    }
                }
            }
            return lines;
        } catch (IOException | RuntimeException e) {
            throw new ImportException(Text.of("import.docx.unreadable"), e);
        }
    }

    private static List<String> cells(XWPFTableRow row) {
        List<String> cells = new ArrayList<>();
        for (XWPFTableCell cell : row.getTableCells()) {
            CTTcPr properties = cell.getCTTc().getTcPr();
            int span = 1;
            boolean continued = false;
            if (properties != null) {
                if (properties.isSetGridSpan() && properties.getGridSpan().getVal() != null) {
                    span = Math.max(1, Math.min(100, properties.getGridSpan().getVal().intValue()));
                }
                if (properties.isSetVMerge()) {
                    STMerge.Enum merge = properties.getVMerge().getVal();
                    continued = merge == null || merge == STMerge.CONTINUE;
                }
            }
            cells.add(continued ? "" : cell.getText());
            for (int i = 1; i < span; i++) {
                cells.add("");
            }
        }
        return cells;
    }
}
