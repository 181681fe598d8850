package org.nianbao.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import javax.xml.transform.TransformerException;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.apache.xmpbox.xml.XmpParsingException;
import org.apache.xmpbox.xml.XmpSerializer;
import org.nianbao.publishing.ReportView;

/**
 * Makes a rendered PDF a function of its revision alone: the creation and modification dates (document
 * information and XMP, which PDF/A requires to agree) are the publication time instead of the rendering time, the
 * producer is fixed, and the file identifier is derived from the revision instead of the clock. The title,
 * author, subject and language are set here too, so that they never depend on the template.
 */
final class StableMetadata {

    static final String PRODUCER = "Nianbao (openhtmltopdf, PDFBox)";
    static final String LANGUAGE = "zh-CN";

    private StableMetadata() {
    }

    /** Sets the metadata; a published revision is dated by its publication, a draft or preview by {@code now}. */
    static void apply(PDDocument pdf, ReportView view, Instant now) throws IOException {
        Instant at = view.publishedAt() != null ? view.publishedAt() : now.truncatedTo(ChronoUnit.SECONDS);
        Calendar published = GregorianCalendar.from(at.atZone(ReportView.CHINA));
        PDDocumentInformation info = pdf.getDocumentInformation();
        info.setTitle(view.title());
        info.setAuthor(view.content().agencyName());
        info.setSubject(ReportPdf.SUBJECT);
        info.setProducer(PRODUCER);
        info.setCreationDate(published);
        info.setModificationDate(published);
        pdf.getDocumentCatalog().setLanguage(LANGUAGE);
        fixXmpDates(pdf, published);
        byte[] id = id(view);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        pdf.getDocument().setDocumentID(ids);
    }

    private static void fixXmpDates(PDDocument pdf, Calendar published) throws IOException {
        PDMetadata stream = pdf.getDocumentCatalog().getMetadata();
        if (stream == null) {
            return;
        }
        try (InputStream in = stream.exportXMPMetadata()) {
            XMPMetadata xmp = new DomXmpParser().parse(in);
            XMPBasicSchema basic = xmp.getXMPBasicSchema();
            if (basic == null) {
                basic = xmp.createAndAddXMPBasicSchema();
            }
            basic.setCreateDate(published);
            basic.setModifyDate(published);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new XmpSerializer().serialize(xmp, out, true);
            stream.importXMPMetadata(out.toString(StandardCharsets.UTF_8)
                    .replace(" lang=\"x-default\"", " xml:lang=\"x-default\"").getBytes(StandardCharsets.UTF_8));
        } catch (XmpParsingException | TransformerException e) {
            throw new IOException("XMP metadata of the PDF cannot be rewritten", e);
        }
    }

    /** 16 bytes that name the revision: agency, year, revision and publication time. */
    private static byte[] id(ReportView view) {
        String name = view.content().agencyCode() + "/" + view.content().year() + "/" + view.revision() + "/"
                + view.publishedAt();
        try {
            return Arrays.copyOf(MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8)),
                    16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
