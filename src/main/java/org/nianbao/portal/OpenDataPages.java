package org.nianbao.portal;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;
import org.nianbao.faults.Messages;
import org.nianbao.opendata.OpenDataExport;
import org.nianbao.opendata.OpenDataSchema;
import org.nianbao.opendata.PublishedData;
import org.nianbao.statutory.Edition;
import org.nianbao.timeliness.Today;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.WebRequest;

/**
 * Open data: the page documenting the files (columns generated from both edition declarations, and the licence)
 * and each year's reports as CSV and Excel ({@link RevisionDownloads} serves each report's cells as CSV).
 */
@Controller
class OpenDataPages {

    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final OpenDataExport export;
    private final Today today;
    private final PublicationVersion versions;
    private final Messages messages;

    OpenDataPages(OpenDataExport export, Today today, PublicationVersion versions, Messages messages) {
        this.messages = messages;
        this.export = export;
        this.today = today;
        this.versions = versions;
    }

    /** An edition and the columns its yearly files have. */
    record EditionSchema(Edition edition, List<OpenDataSchema.Field> cells) {

        public String years() {
            return edition.lastYear() == Integer.MAX_VALUE ? edition.firstYear() + " 年度起"
                    : edition.firstYear() + "—" + edition.lastYear() + " 年度";
        }
    }

    @GetMapping("/open-data")
    String page(Model model, WebRequest request) {
        if (versions.notModifiedToday(request)) {
            return null;
        }
        model.addAttribute("reportColumns", OpenDataSchema.REPORT_COLUMNS);
        model.addAttribute("cellLineHeader", String.join(",", OpenDataSchema.CELL_LINE_HEADER));
        model.addAttribute("editions", Edition.all().stream()
                .map(e -> new EditionSchema(e, OpenDataSchema.cells(e))).toList());
        model.addAttribute("years", IntStream.iterate(today.lastReportYear(), y -> y >= Edition.FIRST_YEAR,
                y -> y - 1).boxed().toList());
        return "open-data";
    }

    @GetMapping("/open-data/{year:\\d{4}}.csv")
    ResponseEntity<byte[]> yearCsv(@PathVariable int year, WebRequest request) {
        if (versions.notModifiedToday(request)) {
            return null;
        }
        Edition edition = edition(year);
        return download(OpenDataExport.yearCsv(edition, export.year(year)), CSV, "nianbao-" + year + ".csv");
    }

    @GetMapping("/open-data/{year:\\d{4}}.xlsx")
    ResponseEntity<byte[]> yearXlsx(@PathVariable int year, WebRequest request) {
        if (versions.notModifiedToday(request)) {
            return null;
        }
        Edition edition = edition(year);
        List<PublishedData> data = export.year(year);
        return download(OpenDataExport.yearXlsx(edition, data), XLSX, "nianbao-" + year + ".xlsx");
    }

    private Edition edition(int year) {
        if (!today.isReportYear(year)) {
            throw new NotFoundException(messages.message("portal.open-data.year.unknown", String.valueOf(year),
                    String.valueOf(Edition.FIRST_YEAR), String.valueOf(today.lastReportYear())));
        }
        return Edition.forYear(year).orElseThrow();
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String filename) {
        return ResponseEntity.ok().contentType(type).cacheControl(CacheControl.noCache())
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(filename).build().toString())
                .body(body);
    }
}
