package org.nianbao.portal;

import java.util.List;
import org.nianbao.publishing.ReportView;
import org.nianbao.report.Report;
import org.nianbao.report.ReportStatus;

/**
 * The published revisions of one report, as its public page lists them: the revision shown, its 更正说明, and
 * links to every other published revision (earlier ones stay readable).
 */
public record RevisionHistory(int shown, int latest, String correctionNote, String latestHref,
        List<Entry> entries) {

    /** One published revision: its number, publication date and page. */
    public record Entry(int revision, String date, String href, boolean current) {
    }

    public RevisionHistory {
        entries = List.copyOf(entries);
    }

    /** The history of {@code revisions} (newest first, any status) as seen from the published revision {@code shown}. */
    static RevisionHistory of(List<Report> revisions, Report shown) {
        List<Report> published = revisions.stream().filter(r -> r.getStatus() == ReportStatus.PUBLISHED).toList();
        int latest = published.isEmpty() ? shown.getRevision() : published.get(0).getRevision();
        List<Entry> entries = published.stream().map(r -> new Entry(r.getRevision(),
                ReportView.date(r.getPublishedAt()), "/reports/" + shown.getAgency().getCode() + "/" + shown.getYear()
                        + "/revisions/" + r.getRevision(), r.getRevision() == shown.getRevision())).toList();
        return new RevisionHistory(shown.getRevision(), latest, shown.getCorrectionNote(),
                "/reports/" + shown.getAgency().getCode() + "/" + shown.getYear(), entries);
    }

    public boolean isLatest() {
        return shown == latest;
    }

    /** Whether there is another published revision to link to. */
    public boolean hasOthers() {
        return entries.size() > 1;
    }
}
