package org.nianbao.importing;

import com.openhtmltopdf.util.XRLog;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.nianbao.statutory.ReportContent;
import org.nianbao.exchange.ExchangeFormat;
import org.nianbao.pdf.BenchPdfs;
import org.nianbao.publishing.ReportView;
import org.nianbao.word.ReportDocx;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading the sample report 陆浑镇人民政府 2021 (no database, nothing saved: what {@code POST /api/v1/import} and the
 * preview do before validation) from each format: the published text itself, an HTML page made of it (its tables
 * as {@code <table>}s), and the portal's own Word and PDF renderings of the demo report. {@code batch500} is the
 * batch import's own path without its database: a .zip of 500 files (125 of each format, GBK names) unpacked by
 * {@code ZipIntake} and each file read and matched by {@code BatchReading} against 500 agencies, one after the other
 * in one thread, as the background reader does; {@code batch500Published} adds what confirming does per file apart
 * from SQL: publishing renders the revision's PDF and Word copy ({@code Publisher}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4, time = 2, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 5, time = 2, timeUnit = TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m", "-Djava.awt.headless=true"})
public class ImportBenchmark {

    byte[] text;
    byte[] html;
    byte[] docx;
    byte[] pdf;
    byte[] zip;
    List<AgencyMatch.Candidate> agencies;
    Function<ReportView, byte[]> pdfRenderer;
    ReportDocx docxRenderer;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        XRLog.setLoggingEnabled(false);
        text = resource("/samples/luhun-2021.txt");
        html = html(new String(text, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        ReportView view = new ReportView(ExchangeFormat.read(new String(resource("/demo/songxian-luhun-2021.json"),
                StandardCharsets.UTF_8)), 1, OffsetDateTime.parse("2022-01-20T10:00:00+08:00").toInstant(), 4);
        docx = new ReportDocx().render(view);
        pdf = BenchPdfs.render(view);
        agencies = new ArrayList<>();
        for (int i = 0; i < 499; i++) {
            agencies.add(new AgencyMatch.Candidate("agency-" + i, "第" + i + "号镇人民政府"));
        }
        agencies.add(new AgencyMatch.Candidate("songxian-luhun", "陆浑镇人民政府"));
        zip = zip(text, html, docx, pdf);
        pdfRenderer = BenchPdfs.renderer();
        docxRenderer = new ReportDocx();
        // batch500 itself checks every file is read and matched; here only that the zip holds what it should
        if (ZipIntake.unpack("batch.zip", zip).size() != 500) {
            throw new IllegalStateException("the batch zip does not hold 500 files");
        }
        for (var format : new Object[][] {{text, ImportFormat.TEXT}, {html, ImportFormat.HTML},
                {docx, ImportFormat.DOCX}, {pdf, ImportFormat.PDF}}) {
            Imported imported = Importing.read((byte[]) format[0], (ImportFormat) format[1], null);
            if (imported.content().values().size() != imported.content().edition().cells().size()) {
                throw new IllegalStateException(format[1] + " did not read every cell of the sample");
            }
        }
    }

    /** The sample's lines as a page: tab-separated lines as rows of one table, other lines as paragraphs. */
    static String html(String text) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body>");
        boolean inTable = false;
        for (String line : text.split("\\R")) {
            boolean row = line.indexOf('\t') >= 0;
            if (row != inTable) {
                html.append(row ? "<table>" : "</table>");
                inTable = row;
            }
            if (row) {
                html.append("<tr><td>").append(String.join("</td><td>", line.split("\t", -1))).append("</td></tr>");
            } else if (!line.isBlank()) {
                html.append("<p>").append(line).append("</p>");
            }
        }
        return html.append(inTable ? "</table>" : "").append("</body></html>").toString();
    }

    @Benchmark
    public Imported text() {
        return Importing.read(text, ImportFormat.TEXT, null);
    }

    @Benchmark
    public Imported html() {
        return Importing.read(html, ImportFormat.HTML, null);
    }

    @Benchmark
    public Imported docx() {
        return Importing.read(docx, ImportFormat.DOCX, null);
    }

    @Benchmark
    public Imported pdf() {
        return Importing.read(pdf, ImportFormat.PDF, null);
    }

    /** The batch path: unpack the zip of 500 files, read and match each one after another. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 1)
    @Measurement(iterations = 3)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public int batch500() {
        int cells = 0;
        for (ZipIntake.Entry entry : ZipIntake.unpack("batch.zip", zip)) {
            BatchReading.Result result = BatchReading.read(ZipIntake.baseName(entry.name()), entry.bytes(), agencies,
                    (code, year) -> null);
            if (result.problem() != null || !"songxian-luhun".equals(result.agencyCode())) {
                throw new IllegalStateException(entry.name() + ": " + result.problem());
            }
            cells += result.cells();
        }
        return cells;
    }

    /** {@link #batch500} plus, per file, the rendering its publication does (PDF and Word copy). */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 1)
    @Measurement(iterations = 2)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public long batch500Published() {
        long bytes = 0;
        for (ZipIntake.Entry entry : ZipIntake.unpack("batch.zip", zip)) {
            String name = ZipIntake.baseName(entry.name());
            BatchReading.read(name, entry.bytes(), agencies, (code, year) -> null);
            ReportContent content = Importing.read(entry.bytes(), ImportFormat.ofFileName(name).orElseThrow(),
                    "songxian-luhun").content();
            ReportView view = new ReportView(content, 1, OffsetDateTime.parse("2022-01-20T00:00:00+08:00")
                    .toInstant(), 4);
            bytes += pdfRenderer.apply(view).length + docxRenderer.render(view).length;
        }
        return bytes;
    }

    /** A zip of 500 files, 125 of each format, named in GBK as Windows' compressor on a Chinese system does. */
    static byte[] zip(byte[] text, byte[] html, byte[] docx, byte[] pdf) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(out)) {
            zip.setEncoding("GBK");
            zip.setUseLanguageEncodingFlag(false);
            Object[][] files = {{text, "txt"}, {html, "html"}, {docx, "docx"}, {pdf, "pdf"}};
            for (int i = 0; i < 500; i++) {
                Object[] file = files[i % 4];
                zip.putArchiveEntry(new ZipArchiveEntry("年报/陆浑镇人民政府-" + i + "." + file[1]));
                zip.write((byte[]) file[0]);
                zip.closeArchiveEntry();
            }
        }
        return out.toByteArray();
    }

    private static byte[] resource(String name) {
        try (InputStream in = ImportBenchmark.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("no resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
