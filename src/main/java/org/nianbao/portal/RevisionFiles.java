package org.nianbao.portal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.nianbao.exchange.ExchangeFormat;
import org.nianbao.opendata.OpenDataExport;
import org.nianbao.publishing.ReportFileRepository;
import org.nianbao.publishing.StoredFile;
import org.nianbao.report.Report;
import org.nianbao.text.Text;
import org.springframework.stereotype.Component;

/**
 * The four files of a published revision and their fingerprints: the PDF and Word copy stored at publication, and
 * the JSON and CSV written from the revision's content once and stored ({@link StoredPages}). A revision's page links only its
 * own files; its {@code SHA256SUMS} lists them under the names their downloads carry, for {@code sha256sum -c}.
 */
@Component
class RevisionFiles {

    private final ReportFileRepository files;

    RevisionFiles(ReportFileRepository files) {
        this.files = files;
    }

    /** One file: what the link says, where it is, the name it downloads as and its SHA-256. */
    record Download(String kind, String label, String href, String filename, String sha256) {
    }

    /** The files of {@code revision}, linked at the latest URLs or at the revision's own; and its checksum list. */
    record Downloads(List<Download> files, String sumsHref, String csvHref) {
    }

    /**
     * The files of {@code revision}, the JSON's and CSV's fingerprints given by {@code dataSha256} (kind → SHA-256 of
     * the stored bytes, {@link StoredPages}). Call inside a transaction.
     */
    Downloads of(Report revision, boolean latest, Function<String, String> dataSha256) {
        String base = "/reports/" + revision.getAgency().getCode() + "/" + revision.getYear();
        String prefix = latest ? base : base + "/revisions/" + revision.getRevision();
        List<Download> downloads = new ArrayList<>();
        for (String kind : List.of("pdf", "docx")) {
            files.findInfo(revision.getId(), kind).ifPresent(file -> downloads.add(new Download(kind, label(kind),
                    prefix + "." + kind, filename(revision, kind), file.sha256())));
        }
        downloads.add(new Download("json", label("json"), prefix + ".json", filename(revision, "json"),
                dataSha256.apply("json")));
        downloads.add(new Download("csv", label("csv"), prefix + ".csv", filename(revision, "csv"),
                dataSha256.apply("csv")));
        String csvHref = prefix + ".csv";
        return new Downloads(downloads, base + "/revisions/" + revision.getRevision() + "/SHA256SUMS", csvHref);
    }

    /** The {@code SHA256SUMS} of {@code revision}: one "hex, two spaces, file name" line per file. */
    String sums(Report revision, Function<String, String> dataSha256) {
        StringBuilder sums = new StringBuilder();
        for (Download download : of(revision, false, dataSha256).files()) {
            sums.append(download.sha256()).append("  ").append(download.filename()).append('\n');
        }
        return sums.toString();
    }

    /** The revision in the exchange format, with its number, date, superseded revision and 更正说明. */
    static byte[] json(Report revision) {
        ExchangeFormat.Publication publication = new ExchangeFormat.Publication(revision.getRevision(),
                revision.getPublishedAt(), revision.getRevision() > 1 ? revision.getRevision() - 1 : null,
                revision.getCorrectionNote());
        return ExchangeFormat.writeString(revision.content(), publication).getBytes(StandardCharsets.UTF_8);
    }

    static byte[] csv(Report revision) {
        return OpenDataExport.reportCsv(revision);
    }

    /** The name a file of {@code revision} downloads as ({@code songxian-luhun-2022-r2.pdf}), as the PDF's does. */
    static String filename(Report revision, String kind) {
        return revision.getAgency().getCode() + "-" + revision.getYear() + "-r" + revision.getRevision() + "." + kind;
    }

    static String filename(StoredFile file) {
        return file.agencyCode() + "-" + file.year() + "-r" + file.revision() + "." + file.kind();
    }

    private static String label(String kind) {
        return switch (kind) {
            case "pdf" -> "PDF";
            case "docx" -> "Word";
            case "json" -> Text.of("portal.revision-file.json");
            default -> Text.of("portal.revision-file.csv");
        };
    }
}
