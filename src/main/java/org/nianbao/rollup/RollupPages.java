package org.nianbao.rollup;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.nianbao.faults.Messages;
import org.nianbao.publishing.ReportView;
import org.nianbao.report.PublishedReports;
import org.nianbao.statutory.ContentDiff;
import org.nianbao.statutory.ReportContent;
import org.nianbao.security.Staff;
import org.nianbao.text.Text;
import org.nianbao.timeliness.Today;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.node.ObjectNode;

/**
 * The roll-up (汇总) of a government's agencies for a year: page, CSV and XLSX, and {@code GET /api/v1/rollup}. With
 * {@code ?levels=direct} only the agencies directly under it count; by default every level below.
 */
@Controller
class RollupPages {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final Rollups rollups;
    private final PublishedReports published;
    private final Today today;
    private final int amountPrecision;

    private final org.nianbao.agency.AgencyRepository agencies;
    private final org.nianbao.security.Access access;
    private final Messages messages;

    RollupPages(Rollups rollups, PublishedReports published, Today today,
            @Value("${nianbao.amount-precision:4}") int amountPrecision, org.nianbao.agency.AgencyRepository agencies,
            org.nianbao.security.Access access, Messages messages) {
        this.messages = messages;
        this.agencies = agencies;
        this.access = access;
        this.rollups = rollups;
        this.published = published;
        this.today = today;
        this.amountPrecision = amountPrecision;
    }

    /** Where the government's own published report differs from the roll-up: the cell, both figures, by how much. */
    record Difference(String name, BigDecimal rollup, BigDecimal own) {

        public String difference() {
            if (rollup == null || own == null) {
                return Text.of("rollup.difference.one-blank");
            }
            BigDecimal d = own.subtract(rollup);
            return (d.signum() > 0 ? "+" : "") + d.stripTrailingZeros().toPlainString();
        }
    }

    @GetMapping("/rollup/{agencyCode}/{year:\\d{1,4}}")
    @org.springframework.transaction.annotation.Transactional(readOnly = true)
    String page(@PathVariable String agencyCode, @PathVariable int year,
            @RequestParam(required = false) String levels, @AuthenticationPrincipal Staff me, Model model) {
        Rollup rollup = find(agencyCode, year, levels);
        model.addAttribute("canStart", me != null && agencies.findByCode(agencyCode)
                .map(a -> access.canEdit(me, a)).orElse(false));
        model.addAttribute("rollup", rollup);
        model.addAttribute("view", new ReportView(rollup.content(), 0, Instant.EPOCH, amountPrecision));
        model.addAttribute("query", rollup.allLevels() ? "" : "?levels=direct");
        Optional<ReportContent> own = published.content(agencyCode, year);
        model.addAttribute("own", own.isPresent());
        model.addAttribute("differences", own.map(o -> differences(rollup.content(), o)).orElse(List.of()));
        return "rollup";
    }

    @GetMapping("/rollup/{agencyCode}/{year:\\d{1,4}}.csv")
    ResponseEntity<byte[]> csv(@PathVariable String agencyCode, @PathVariable int year,
            @RequestParam(required = false) String levels) {
        Rollup rollup = find(agencyCode, year, levels);
        return download(RollupExport.csv(rollup), new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8),
                filename(rollup, "csv"));
    }

    @GetMapping("/rollup/{agencyCode}/{year:\\d{1,4}}.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable String agencyCode, @PathVariable int year,
            @RequestParam(required = false) String levels) {
        Rollup rollup = find(agencyCode, year, levels);
        return download(RollupExport.xlsx(rollup), XLSX, filename(rollup, "xlsx"));
    }

    @GetMapping(path = "/api/v1/rollup/{agencyCode}/{year:\\d{1,4}}", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ObjectNode api(@PathVariable String agencyCode, @PathVariable int year,
            @RequestParam(required = false) String levels) {
        return RollupExport.json(find(agencyCode, year, levels));
    }

    /** The cells where {@code own} differs from {@code rollup}, named as the report names them. */
    static List<Difference> differences(ReportContent rollup, ReportContent own) {
        return ContentDiff.between(rollup, own).cells().stream()
                .map(c -> new Difference(c.name(), c.before(), c.after())).toList();
    }

    private Rollup find(String agencyCode, int year, String levels) {
        if (levels != null && !levels.equals("all") && !levels.equals("direct")) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, messages.message("rollup.levels.invalid"));
        }
        if (!today.isReportYear(year)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, messages.message("rollup.year.unknown",
                    String.valueOf(year)));
        }
        return rollups.of(agencyCode, year, !"direct".equals(levels))
                .filter(r -> r.government().kind().isGovernmentAboveTownship())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                        messages.message("rollup.government.unknown", agencyCode)));
    }

    private static String filename(Rollup rollup, String extension) {
        return "rollup-" + rollup.government().code() + "-" + rollup.year()
                + (rollup.allLevels() ? "" : "-direct") + "." + extension;
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String filename) {
        return ResponseEntity.ok().contentType(type).cacheControl(CacheControl.noCache())
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(filename).build().toString())
                .body(body);
    }
}
