package org.nianbao.quality;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.nianbao.quality.Corpus.Text;
import org.nianbao.quality.Shingles.Segment;
import org.nianbao.statutory.Edition;
import org.nianbao.statutory.ReportContent;
import org.nianbao.statutory.Row;
import org.nianbao.statutory.Section;
import org.nianbao.statutory.StatTable;
import org.nianbao.validation.Finding;
import org.nianbao.validation.Severity;
import org.nianbao.validation.TextSpan;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * T2: each prose section against the same section of the agency's earlier published reports and of every other
 * agency's report of the same year under the same parent (county or city). Boilerplate is not counted: a run of
 * {@link Shingles#SIZE} characters that the format itself prints (headings, row labels, notes) or that the reports
 * of at least {@link #BOILERPLATE_AGENCIES} agencies (and a fifth of all agencies with reports) share.
 */
@Service
public class CopiedText {

    static final int BOILERPLATE_AGENCIES = 3;
    /** Sections shorter than this (「无」) are not compared. */
    static final int MIN_LENGTH = 30;

    /** The section of a report most copied from one source, with both texts cut into copied and other segments. */
    public record Copy(String section, String heading, String source, int percent, List<Segment> text,
            List<Segment> sourceText, TextSpan first) {
    }

    private final Corpus corpus;
    private final QualitySettings settings;

    CopiedText(Corpus corpus, QualitySettings settings) {
        this.corpus = corpus;
        this.settings = settings;
    }

    /** For each prose section of {@code report} long enough, its most copied source, if it shares anything. */
    @Transactional(readOnly = true)
    public List<Copy> copies(ReportContent report) {
        List<Text> texts = corpus.texts();
        Optional<Corpus.Agency> own = corpus.agencies().stream()
                .filter(a -> a.code().equals(report.agencyCode())).findFirst();
        if (own.isEmpty()) {
            return List.of();
        }
        List<Text> sources = texts.stream().filter(t -> t.agencyCode().equals(report.agencyCode())
                ? t.year() < report.year()
                : t.year() == report.year() && own.get().parentId() != null
                        && own.get().parentId().equals(t.parentId())).toList();
        Set<String> boilerplate = boilerplate(report.edition(), texts);
        List<Copy> copies = new ArrayList<>();
        for (Section section : report.edition().proseSections()) {
            Shingles target = new Shingles(report.section(section.code()));
            if (target.length() < MIN_LENGTH) {
                continue;
            }
            Copy best = null;
            for (Text source : sources) {
                String sourceText = source.sections().getOrDefault(section.code(), "");
                Shingles other = new Shingles(sourceText);
                boolean[] covered = target.covered(other.all(), boilerplate);
                int count = Shingles.count(covered);
                if (count == 0) {
                    continue;
                }
                int percent = BigDecimal.valueOf(count * 100L).divide(BigDecimal.valueOf(target.length()), 0,
                        RoundingMode.HALF_UP).intValue();
                if (best == null || percent > best.percent()) {
                    int[] first = target.firstPassage(covered);
                    String text = report.section(section.code());
                    best = new Copy(section.code(), section.heading(), source.label(), percent,
                            target.segments(covered), other.segments(other.covered(target.all(), boilerplate)),
                            TextSpan.of(section.code(), text, first[0], first[1]));
                }
            }
            if (best != null) {
                copies.add(best);
            }
        }
        return copies;
    }

    /** T2 warnings: the sections copied at or above the administrator's threshold. */
    @Transactional(readOnly = true)
    public List<Finding> findings(ReportContent report) {
        int threshold = settings.copiedThreshold();
        return copies(report).stream().filter(c -> c.percent() >= threshold).map(c -> new Finding("T2",
                Severity.WARNING, null, List.of(), BigDecimal.valueOf(c.percent()), BigDecimal.valueOf(threshold),
                null, org.nianbao.text.Text.of("quality.copied.finding", c.heading(), c.percent(), c.source(),
                        threshold), c.first())).toList();
    }

    /** The runs no report is blamed for: the format's own text and the runs many agencies share. */
    static Set<String> boilerplate(Edition edition, List<Text> texts) {
        Set<String> boilerplate = new HashSet<>();
        for (Section section : edition.sections()) {
            boilerplate.addAll(new Shingles(section.heading()).all());
        }
        for (StatTable table : edition.tables()) {
            boilerplate.addAll(new Shingles(table.note()).all());
            for (Row row : table.rows()) {
                boilerplate.addAll(new Shingles(row.fullLabel()).all());
            }
        }
        Map<String, Set<String>> agenciesByRun = new HashMap<>();
        Set<String> agencies = new HashSet<>();
        for (Text text : texts) {
            agencies.add(text.agencyCode());
            for (String prose : text.sections().values()) {
                for (String run : new Shingles(prose).all()) {
                    agenciesByRun.computeIfAbsent(run, r -> new HashSet<>()).add(text.agencyCode());
                }
            }
        }
        int needed = Math.max(BOILERPLATE_AGENCIES, (agencies.size() + 4) / 5);
        agenciesByRun.forEach((run, who) -> {
            if (who.size() >= needed) {
                boilerplate.add(run);
            }
        });
        return boilerplate;
    }

    /** The largest share copied in any section, 0 when nothing is. */
    public static int largest(List<Copy> copies) {
        return copies.stream().map(Copy::percent).max(Comparator.naturalOrder()).orElse(0);
    }
}
