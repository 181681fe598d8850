package org.nianbao.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.ValidationResult;

/** Reading PDFs back in tests: text per page (PDFBox) and PDF/A-2b validation (veraPDF). */
public final class PdfFiles {

    private static boolean veraInitialised;

    private PdfFiles() {
    }

    /** The text of every page, in reading order. */
    public static List<String> pages(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> pages = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            for (int i = 1; i <= document.getNumberOfPages(); i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                pages.add(stripper.getText(document));
            }
            return pages;
        }
    }

    /** {@code text} without any whitespace, so that line breaks in the PDF do not matter. */
    public static String compact(String text) {
        return text.replaceAll("\\s+", "");
    }

    /** veraPDF's verdict on {@code pdf} as PDF/A-2b. */
    public static ValidationResult pdfA2b(byte[] pdf) throws Exception {
        synchronized (PdfFiles.class) {
            if (!veraInitialised) {
                VeraGreenfieldFoundryProvider.initialise();
                veraInitialised = true;
            }
        }
        PDFAFlavour flavour = PDFAFlavour.fromString("2b");
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            return validator.validate(parser);
        }
    }
}
