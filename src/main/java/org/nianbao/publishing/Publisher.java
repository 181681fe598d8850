package org.nianbao.publishing;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import org.nianbao.report.Report;
import org.nianbao.report.ReportRepository;
import org.nianbao.report.WorkflowException;
import org.nianbao.text.Text;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishes a revision: marks it published, then renders its files (the PDF, the Word copy) once and stores them
 * with their SHA-256. A published revision's stored files never change; a correction is a new revision, and its
 * files state its 更正说明 and what it changed against the revision it supersedes.
 */
@Service
public class Publisher {

    private final ReportRepository reports;
    private final ReportFileRepository files;
    private final List<RevisionRenderer> renderers;
    private final ApplicationEventPublisher events;
    private final int amountPrecision;
    private final Clock clock;

    Publisher(ReportRepository reports, ReportFileRepository files, List<RevisionRenderer> renderers,
            ApplicationEventPublisher events, @Value("${nianbao.amount-precision:4}") int amountPrecision,
            Clock clock) {
        this.reports = reports;
        this.files = files;
        this.renderers = renderers;
        this.events = events;
        this.amountPrecision = amountPrecision;
        this.clock = clock;
    }

    /** Publishes {@code report} at {@code at} and stores its rendered files. */
    @Transactional
    public Report publish(Report report, Instant at) {
        if (report.getId() != null && renderers.stream()
                .anyMatch(r -> files.existsById(new ReportFile.Key(report.getId(), r.kind())))) {
            throw new WorkflowException(Text.of("publishing.already-published"));
        }
        // as PostgreSQL keeps it, so that rendering the revision again (from the database) gives the same bytes
        report.publish(at.truncatedTo(ChronoUnit.MICROS));
        Report saved = reports.saveAndFlush(report);
        ReportView view = ReportView.of(saved,
                reports.findRevisions(saved.getAgency().getCode(), saved.getYear()), amountPrecision);
        for (RevisionRenderer renderer : renderers) {
            byte[] bytes = renderer.render(view);
            files.save(new ReportFile(saved.getId(), renderer.kind(), bytes, sha256(bytes), clock.instant()));
        }
        events.publishEvent(new RevisionPublished(saved.getAgency().getCode(), saved.getYear(), saved.getRevision()));
        return saved;
    }

    /**
     * Renders and stores the files {@code revision} (published) lacks: a revision that reached the database another
     * way (a restored dump, a migration, SQL) gets its PDF and Word copy on first request, as publication would have
     * rendered them. Two requests doing it at once store one set. Call inside a transaction: it reads the content.
     */
    @Transactional
    public void storeMissingFiles(Report revision) {
        if (revision.getPublishedAt() == null) {
            throw new IllegalArgumentException("not published: report " + revision.getId());
        }
        ReportView view = null;
        for (RevisionRenderer renderer : renderers) {
            if (files.existsById(new ReportFile.Key(revision.getId(), renderer.kind()))) {
                continue;
            }
            if (view == null) {
                view = ReportView.of(revision,
                        reports.findRevisions(revision.getAgency().getCode(), revision.getYear()), amountPrecision);
            }
            byte[] bytes = renderer.render(view);
            files.insertIfAbsent(revision.getId(), renderer.kind(), bytes, sha256(bytes), clock.instant());
        }
    }

    /** The lower-case hex SHA-256 of {@code bytes}. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
