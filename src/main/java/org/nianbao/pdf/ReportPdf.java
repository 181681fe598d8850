package org.nianbao.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Locale;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.nianbao.publishing.ReportView;
import org.nianbao.publishing.RevisionRenderer;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders a published revision as an A4 PDF/A-2b for printing and auditors: the template {@code pdf/report}
 * (the statutory tables through the same fragment as the public page), the embedded Noto Serif SC font only, and
 * the same bytes for the same revision (see {@link StableMetadata}).
 */
@Component
public class ReportPdf implements RevisionRenderer {

    /** The one font family of every element, page header and footer. */
    static final String FONT = "Noto Serif SC";
    static final String SUBJECT = org.nianbao.statutory.Edition.TITLE;

    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    private final ITemplateEngine templates;
    private final Clock clock;

    ReportPdf(ITemplateEngine templates, Clock clock) {
        this.templates = templates;
        this.clock = clock;
    }

    @Override
    public String kind() {
        return "pdf";
    }

    @Override
    public byte[] render(ReportView view) {
        return render(view, null);
    }

    /**
     * The PDF of {@code view}; a non-blank {@code watermark} (「草稿」, 「预览」) is printed across every page, for
     * drafts and previews that must not pass for the published report.
     */
    public byte[] render(ReportView view, String watermark) {
        Context context = new Context(Locale.SIMPLIFIED_CHINESE);
        context.setVariable("report", view);
        context.setVariable("subject", SUBJECT);
        context.setVariable("watermark", watermark == null || watermark.isBlank() ? null : watermark.strip());
        String html = templates.process("pdf/report", context);
        org.w3c.dom.Document document = W3CDom.convert(Jsoup.parse(html));

        // The fonts are parsed once (10.9 MB each; parsing them was most of a render) and shared. A parsed
        // TrueTypeFont is read lazily and is not thread-safe, so renders take turns: they are rare (publication,
        // staff drafts), and the published ones are stored.
        synchronized (Fonts.class) {
            PDDocument target = new PDDocument();
            try {
                PdfRendererBuilder builder = new PdfRendererBuilder();
                builder.usePDDocument(target);
                builder.withW3cDocument(document, "classpath:/templates/pdf/");
                builder.useFont(new PDFontSupplier(PDType0Font.load(target, Fonts.REGULAR.get(), true)), FONT, 400,
                        FontStyle.NORMAL, true);
                builder.useFont(new PDFontSupplier(PDType0Font.load(target, Fonts.BOLD.get(), true)), FONT, 700,
                        FontStyle.NORMAL, true);
                builder.usePdfAConformance(PdfAConformance.PDFA_2_B);
                builder.useColorProfile(SRGB);
                builder.withProducer(StableMetadata.PRODUCER);
                try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
                    renderer.layout();
                    PDDocument pdf = renderer.createPDFKeepOpen();
                    StableMetadata.apply(pdf, view, clock.instant());
                    ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
                    pdf.save(out);
                    return out.toByteArray();
                }
            } catch (IOException e) {
                throw new UncheckedIOException("PDF of " + view.title() + " failed", e);
            } finally {
                closeQuietly(target);
            }
        }
    }

    private static void closeQuietly(PDDocument document) {
        try {
            document.close();
        } catch (IOException e) {
            // nothing was written to it that is still needed
        }
    }

    /** The shipped fonts, each parsed on first use and kept. */
    private enum Fonts {
        REGULAR("NotoSerifSC-Regular.ttf"), BOLD("NotoSerifSC-Bold.ttf");

        private final String file;
        private TrueTypeFont parsed;

        Fonts(String file) {
            this.file = file;
        }

        /** Callers hold the lock on {@code Fonts.class}. */
        TrueTypeFont get() throws IOException {
            if (parsed == null) {
                try (InputStream in = ReportPdf.class.getResourceAsStream("/fonts/" + file)) {
                    if (in == null) {
                        throw new IllegalStateException("font /fonts/" + file + " is not on the classpath");
                    }
                    parsed = new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
                }
            }
            return parsed;
        }
    }
}
