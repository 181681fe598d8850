package org.nianbao.quality;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.nianbao.report.Report;
import org.nianbao.report.ReportRepository;
import org.nianbao.statutory.ReportContent;
import org.nianbao.validation.Finding;
import org.nianbao.validation.Validator;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The findings that need the other reports and agencies the portal holds: T2 (copied text) and T6 for the names of
 * other agencies — other townships beside a township, other counties anywhere (never the agency's own parents,
 * nor the departments a township legitimately works with). Added after {@link Validator}'s findings.
 */
@Service
public class CorpusChecks {

    private final Corpus corpus;
    private final CopiedText copied;
    private final ReportRepository reports;

    CorpusChecks(Corpus corpus, CopiedText copied, ReportRepository reports) {
        this.corpus = corpus;
        this.copied = copied;
        this.reports = reports;
    }

    @Transactional(readOnly = true)
    public List<Finding> findings(ReportContent report) {
        List<Finding> findings = new ArrayList<>(copied.findings(report));
        findings.addAll(Validator.otherAgencies(report, otherNames(report.agencyCode())));
        return findings;
    }

    /**
     * Every finding on a saved report, with the latest published revision of last year's report for the cross-year
     * rules R5–R7.
     */
    @Transactional(readOnly = true)
    public List<Finding> all(ReportContent report) {
        return all(report, reports.findLatestPublished(report.agencyCode(), report.year() - 1).map(Report::content)
                .orElse(null));
    }

    /** Every finding: the validator's, then these. */
    @Transactional(readOnly = true)
    public List<Finding> all(ReportContent report, ReportContent previous) {
        List<Finding> findings = new ArrayList<>(Validator.validate(report, previous));
        findings.addAll(findings(report));
        return List.copyOf(findings);
    }

    private List<String> otherNames(String agencyCode) {
        List<Corpus.Agency> agencies = corpus.agencies();
        Map<Long, Corpus.Agency> byId = agencies.stream().collect(Collectors.toMap(Corpus.Agency::id,
                Function.identity()));
        Optional<Corpus.Agency> own = agencies.stream().filter(a -> a.code().equals(agencyCode)).findFirst();
        if (own.isEmpty()) {
            return List.of();
        }
        List<Long> above = new ArrayList<>();
        for (Long p = own.get().parentId(); p != null; p = byId.get(p).parentId()) {
            above.add(p);
        }
        return agencies.stream().filter(a -> a.id() != own.get().id() && !above.contains(a.id()))
                .filter(a -> a.kind().equals("COUNTY") && !isBelow(a, own.get(), byId)
                        || own.get().kind().equals("TOWNSHIP") && a.kind().equals("TOWNSHIP")
                                && a.parentId() != null && a.parentId().equals(own.get().parentId()))
                .map(Corpus.Agency::name).toList();
    }

    private static boolean isBelow(Corpus.Agency agency, Corpus.Agency of, Map<Long, Corpus.Agency> byId) {
        for (Long p = agency.parentId(); p != null; p = byId.get(p).parentId()) {
            if (p == of.id()) {
                return true;
            }
        }
        return false;
    }
}
