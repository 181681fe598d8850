package org.nianbao.quality;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.nianbao.agency.Agency;
import org.nianbao.agency.AgencyRepository;
import org.nianbao.report.PublishedReports;
import org.nianbao.report.Report;
import org.nianbao.report.ReportRepository;
import org.nianbao.report.ReportStatus;
import org.nianbao.statutory.ReportContent;
import org.nianbao.text.Text;
import org.nianbao.timeliness.Deadlines;
import org.nianbao.timeliness.Timeliness;
import org.nianbao.timeliness.Today;
import org.nianbao.validation.Finding;
import org.nianbao.validation.Severity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A county's quality board: for a year, every agency below the county with its latest report's findings by rule,
 * the largest share copied, its timeliness and what the rule pack in force would deduct — each mark with its
 * evidence.
 */
@Service
public class QualityBoard {

    /** One agency's line. {@code report} is null when the agency has no report on the year. */
    public record Line(Agency agency, Report report, Map<String, Integer> findingsByRule, List<Finding> findings,
            int copiedPercent, String copiedSource, Timeliness timeliness, Assessment assessment) {

        public String status() {
            return report == null ? Text.of("quality.board.not-reported") : report.getStatus().label();
        }

        public int findingCount() {
            return findings.size();
        }

        public BigDecimal deduction() {
            return assessment == null ? BigDecimal.ZERO : assessment.total();
        }
    }

    /** The ways the board sorts: by agency name, deduction, copied share, findings or days late. */
    public enum Sort {
        NAME(Comparator.comparing((Line l) -> l.agency().getName())),
        DEDUCTION(Comparator.comparing(Line::deduction).reversed()),
        COPIED(Comparator.comparingInt(Line::copiedPercent).reversed()),
        FINDINGS(Comparator.comparingInt(Line::findingCount).reversed()),
        LATE(Comparator.comparingLong((Line l) -> l.timeliness().daysLate()).reversed());

        private final Comparator<Line> order;

        Sort(Comparator<Line> order) {
            this.order = order;
        }

        public static Sort of(String name) {
            for (Sort sort : values()) {
                if (sort.name().equalsIgnoreCase(name)) {
                    return sort;
                }
            }
            return DEDUCTION;
        }
    }

    private final AgencyRepository agencies;
    private final ReportRepository reports;
    private final PublishedReports published;
    private final CorpusChecks checks;
    private final CopiedText copied;
    private final RulePacks packs;
    private final Today today;

    QualityBoard(AgencyRepository agencies, ReportRepository reports, PublishedReports published,
            CorpusChecks checks, CopiedText copied, RulePacks packs, Today today) {
        this.agencies = agencies;
        this.reports = reports;
        this.published = published;
        this.checks = checks;
        this.copied = copied;
        this.packs = packs;
        this.today = today;
    }

    @Transactional(readOnly = true)
    public List<Line> lines(Agency county, int year, Sort sort) {
        RulePack pack = packs.inForce().pack();
        List<Line> lines = new ArrayList<>();
        for (Agency agency : agencies.findByParentOrderByKindAscNameAsc(county)) {
            List<Report> revisions = reports.findRevisions(agency.getCode(), year);
            Instant first = revisions.stream().filter(r -> r.getPublishedAt() != null).map(Report::getPublishedAt)
                    .min(Comparator.naturalOrder()).orElse(null);
            Timeliness timeliness = Deadlines.assess(agency.getKind(), year, first, today.date());
            if (revisions.isEmpty()) {
                lines.add(new Line(agency, null, Map.of(), List.of(), 0, null, timeliness, null));
                continue;
            }
            Report report = revisions.stream().filter(r -> r.getStatus() == ReportStatus.PUBLISHED).findFirst()
                    .orElse(revisions.get(0));
            ReportContent content = report.content();
            List<Finding> findings = checks.all(content, published.content(agency.getCode(), year - 1).orElse(null))
                    .stream().filter(f -> f.severity() != Severity.INFO).toList();
            Map<String, Integer> byRule = new TreeMap<>();
            findings.forEach(f -> byRule.merge(f.rule(), 1, Integer::sum));
            List<CopiedText.Copy> copies = copied.copies(content);
            CopiedText.Copy most = copies.stream().max(Comparator.comparingInt(CopiedText.Copy::percent)).orElse(null);
            LocalDate publishedOn = first == null ? null : first.atZone(Deadlines.CHINA).toLocalDate();
            lines.add(new Line(agency, report, byRule, findings, most == null ? 0 : most.percent(),
                    most == null ? null : most.source(), timeliness,
                    Assessment.of(pack, content, findings, publishedOn, today.date())));
        }
        lines.sort(sort.order.thenComparing(l -> l.agency().getName()));
        return lines;
    }

    /** The board as a spreadsheet: one line per agency, the evidence of every mark in its own column. */
    public static byte[] xlsx(Agency county, int year, List<Line> lines) {
        List<String> header = List.of(Text.of("quality.board.xlsx.agency"), Text.of("quality.board.xlsx.status"),
                Text.of("quality.board.xlsx.findings"), Text.of("quality.board.xlsx.by-rule"),
                Text.of("quality.board.xlsx.copied"), Text.of("quality.board.xlsx.copied-from"),
                Text.of("quality.board.xlsx.timeliness"), Text.of("quality.board.xlsx.deduction"),
                Text.of("quality.board.xlsx.evidence"));
        List<List<Object>> rows = new ArrayList<>();
        for (Line line : lines) {
            String kinds = String.join("；", line.findingsByRule().entrySet().stream()
                    .map(e -> e.getKey() + "×" + e.getValue()).toList());
            String evidence = line.assessment() == null ? "" : String.join("\n", line.assessment().marks().stream()
                    .map(m -> m.title() + "（−" + m.points().stripTrailingZeros().toPlainString() + "）："
                            + String.join("；", m.evidence())).toList());
            rows.add(List.of(line.agency().getName(), line.status(), line.findingCount(), kinds,
                    line.copiedPercent(), line.copiedSource() == null ? "" : line.copiedSource(),
                    line.timeliness().label() + line.timeliness().note(), line.deduction(), evidence));
        }
        return Sheet.write(Text.of("quality.board.xlsx.title", county.getName(), year), header, rows);
    }
}
