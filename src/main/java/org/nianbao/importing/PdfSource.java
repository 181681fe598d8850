package org.nianbao.importing;

import java.util.List;

final class PdfSource {

    private PdfSource() {
    }

    static List<Line> lines(byte[] bytes) {
        throw new ImportException("PDF");
    }
}
