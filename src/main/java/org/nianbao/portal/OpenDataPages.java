package org.nianbao.portal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.nianbao.faults.Messages;
import org.nianbao.opendata.OpenDataSchema;
import org.nianbao.opendata.YearFiles;
import org.nianbao.publishing.Publisher;
import org.nianbao.statutory.Edition;
import org.nianbao.text.Text;
import org.nianbao.timeliness.Today;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * Open data: the page documenting the files (columns generated from both edition declarations, and the licence)
 * and each year's reports as CSV and Excel ({@link RevisionDownloads} serves each report's cells as CSV).
 */
@Controller
class OpenDataPages {

    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final YearFiles files;
    private final Today today;
    private final Deployment deployment;
    private final OpenDataBuilds builds;
    private final Messages messages;

    OpenDataPages(YearFiles files, Today today, Deployment deployment, OpenDataBuilds builds, Messages messages) {
        this.messages = messages;
        this.files = files;
        this.today = today;
        this.deployment = deployment;
        this.builds = builds;
    }

    /** An edition and the columns its yearly files have. */
    record EditionSchema(Edition edition, List<OpenDataSchema.Field> cells) {

        public String years() {
            return edition.lastYear() == Integer.MAX_VALUE ? Text.of("portal.open-data.years.from", edition.firstYear())
                    : Text.of("portal.open-data.years.range", edition.firstYear(), edition.lastYear());
        }
    }

    @GetMapping("/open-data")
    String page(Model model) {
        model.addAttribute("reportColumns", OpenDataSchema.REPORT_COLUMNS);
        model.addAttribute("cellLineHeader", String.join(",", OpenDataSchema.CELL_LINE_HEADER));
        model.addAttribute("editions", Edition.all().stream()
                .map(e -> new EditionSchema(e, OpenDataSchema.cells(e))).toList());
        model.addAttribute("years", IntStream.iterate(today.lastReportYear(), y -> y >= Edition.FIRST_YEAR,
                y -> y - 1).boxed().toList());
        return "open-data";
    }

    @GetMapping("/open-data/{year:\\d{4}}.csv")
    void yearCsv(@PathVariable int year, ServletWebRequest request, HttpServletResponse response)
            throws IOException {
        yearFile(year, "csv", CSV, request, response, out -> files.writeCsv(year, out));
    }

    @GetMapping("/open-data/{year:\\d{4}}.xlsx")
    void yearXlsx(@PathVariable int year, ServletWebRequest request, HttpServletResponse response)
            throws IOException {
        yearFile(year, "xlsx", XLSX, request, response, out -> files.writeXlsx(year, out));
    }

    /**
     * A yearly file, written to the client as it is made ({@link YearFiles}). Its ETag comes from one index-only
     * query over the year's reports; at most {@link OpenDataBuilds} files are written at once, others wait briefly
     * and are then answered 503 with {@code Retry-After}.
     */
    private void yearFile(int year, String kind, MediaType type, ServletWebRequest request,
            HttpServletResponse response, Consumer<OutputStream> writer) throws IOException {
        edition(year);
        YearFiles.State state = files.state(year);
        String etag = "\"" + Publisher.sha256((deployment.hash() + "|" + kind + "|" + year + "|" + state.token())
                .getBytes(StandardCharsets.UTF_8)).substring(0, 32) + "\"";
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
        response.addHeader(HttpHeaders.VARY, "Cookie");
        if (request.checkNotModified(etag, state.lastPublished() == null ? -1
                : state.lastPublished().toEpochMilli())) {
            return;
        }
        if (!builds.enter()) {
            response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(OpenDataBuilds.RETRY_AFTER_SECONDS));
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write(OpenDataBuilds.BUSY_MESSAGE);
            return;
        }
        try {
            response.setContentType(type.toString());
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.attachment().filename("nianbao-" + year + "." + kind).build().toString());
            writer.accept(response.getOutputStream());
        } finally {
            builds.leave();
        }
    }

    private Edition edition(int year) {
        if (!today.isReportYear(year)) {
            throw new NotFoundException(messages.message("portal.open-data.year.unknown", String.valueOf(year),
                    String.valueOf(Edition.FIRST_YEAR), String.valueOf(today.lastReportYear())));
        }
        return Edition.forYear(year).orElseThrow();
    }
}
