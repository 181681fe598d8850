package org.nianbao.quality;

import org.nianbao.agency.Agency;
import org.nianbao.agency.AgencyRepository;
import org.nianbao.faults.Messages;
import org.nianbao.security.Access;
import org.nianbao.security.Staff;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.http.HttpStatus;
import java.nio.charset.StandardCharsets;

/**
 * 考核预检 of one report (the rule pack's marks with their evidence, and its copied passages side by side with
 * their sources), and a county's quality board with its XLSX download.
 */
@Controller
class QualityPages {

    static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final AssessedReports reports;
    private final CopiedText copied;
    private final RulePacks packs;
    private final QualityBoard board;
    private final AgencyRepository agencies;
    private final Access access;
    private final org.nianbao.timeliness.Today today;
    private final Messages messages;

    QualityPages(AssessedReports reports, CopiedText copied, RulePacks packs, QualityBoard board,
            AgencyRepository agencies, Access access, org.nianbao.timeliness.Today today, Messages messages) {
        this.reports = reports;
        this.copied = copied;
        this.packs = packs;
        this.board = board;
        this.agencies = agencies;
        this.access = access;
        this.today = today;
        this.messages = messages;
    }

    @GetMapping("/staff/reports/{id}/assessment")
    String assessment(@AuthenticationPrincipal Staff me, @PathVariable long id, Model model) {
        AssessedReports.AssessedReport report = reports.read(me, id);
        RulePacks.InForce pack = packs.inForce();
        model.addAttribute("reportId", id);
        model.addAttribute("reportContent", report.content());
        model.addAttribute("pack", pack);
        model.addAttribute("assessment", Assessment.of(pack.pack(), report.content(), report.findings().stream()
                .filter(f -> f.severity() != org.nianbao.validation.Severity.INFO).toList(), report.published(),
                today.date()));
        model.addAttribute("copies", copied.copies(report.content()));
        return "quality/assessment";
    }

    @GetMapping("/staff/quality/{countyCode}/{year:\\d{4}}")
    String board(@AuthenticationPrincipal Staff me, @PathVariable String countyCode, @PathVariable int year,
            @RequestParam(defaultValue = "deduction") String sort, Model model) {
        Agency county = county(me, countyCode);
        QualityBoard.Sort order = QualityBoard.Sort.of(sort);
        model.addAttribute("county", county);
        model.addAttribute("year", year);
        model.addAttribute("sort", order.name().toLowerCase(java.util.Locale.ROOT));
        model.addAttribute("lines", board.lines(county, year, order));
        model.addAttribute("pack", packs.inForce());
        return "quality/board";
    }

    @GetMapping("/staff/quality/{countyCode}/{year:\\d{4}}.xlsx")
    ResponseEntity<byte[]> boardXlsx(@AuthenticationPrincipal Staff me, @PathVariable String countyCode,
            @PathVariable int year, @RequestParam(defaultValue = "deduction") String sort) {
        Agency county = county(me, countyCode);
        byte[] file = QualityBoard.xlsx(county, year, board.lines(county, year, QualityBoard.Sort.of(sort)));
        return ResponseEntity.ok().contentType(XLSX).header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition
                .attachment().filename("quality-" + county.getCode() + "-" + year + ".xlsx", StandardCharsets.UTF_8)
                .build().toString()).body(file);
    }

    private Agency county(Staff me, String code) {
        Agency county = agencies.findByCode(code).orElseThrow(() -> new ResponseStatusException(
                HttpStatus.NOT_FOUND, messages.message("quality.agency.unknown", code)));
        Access.require(access.canRead(me, county));
        return county;
    }
}
