package org.nianbao.portal;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.nianbao.importing.ImportMarks;
import org.nianbao.publishing.Mirror;
import org.nianbao.publishing.Publisher;
import org.nianbao.publishing.ReportFile;
import org.nianbao.publishing.ReportFileRepository;
import org.nianbao.publishing.ReportView;
import org.nianbao.publishing.RevisionPublished;
import org.nianbao.report.Report;
import org.nianbao.report.ReportRepository;
import org.nianbao.report.ReportStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The pages and data files of published revisions, produced once and kept in {@code stored_page} (ADR 0023): the
 * report page at the latest URL and at the revision's own, each in the normal and the 关怀版 variant, and the
 * revision's JSON, CSV and SHA256SUMS. Everything is produced when a revision is published; a revision that reached
 * the database another way (a restored dump, SQL) gets what it lacks on first request, its PDF and Word copy
 * included. A page is produced again when the release's templates changed ({@link Deployment}) or a later revision
 * was published (its history and 已被更正 notice); the data files never are. Whatever is produced is also written
 * into the {@link Mirror}. Pages are rendered from the revision alone, never from the request: no session, no CSRF
 * token, the 关怀版 switch linking back to the page's own path.
 */
@Component
class StoredPages {

    /** What a URL answers: which page variant, or which data file. */
    enum Variant {
        LATEST("latest"), LATEST_CARE("latest-care"), REVISION("revision"), REVISION_CARE("revision-care"),
        JSON("json"), CSV("csv"), SUMS("sums");

        final String code;

        Variant(String code) {
            this.code = code;
        }

        boolean page() {
            return ordinal() <= REVISION_CARE.ordinal();
        }

        boolean care() {
            return this == LATEST_CARE || this == REVISION_CARE;
        }

        boolean atLatestUrl() {
            return this == LATEST || this == LATEST_CARE;
        }

        static Variant page(boolean latestUrl, boolean care) {
            return latestUrl ? (care ? LATEST_CARE : LATEST) : (care ? REVISION_CARE : REVISION);
        }
    }

    /**
     * The stored bytes of one URL and the revision they come from; {@code lastModified} is when they were produced
     * (a page changes after its revision's publication: a correction's notice, a new release), never before the
     * publication.
     */
    record Stored(byte[] content, String sha256, String agencyCode, int year, int revision, Instant lastModified,
            boolean latest) {

        String filename(String kind) {
            return agencyCode + "-" + year + "-r" + revision + "." + kind;
        }
    }

    private static final Logger log = LoggerFactory.getLogger(StoredPages.class);

    /** The published revision a URL names (revision 0: the latest), the latest number, and what is stored for it. */
    private static final String FIND = """
            select r.id, r.revision, r.published_at,
                   (select max(l.revision) from report l
                    where l.agency_id = r.agency_id and l.year = r.year and l.status = 'PUBLISHED') as latest,
                   p.deployment, p.latest_revision, p.content, p.sha256, p.created_at
            from report r join agency a on a.id = r.agency_id
                 left join stored_page p on p.report_id = r.id and p.variant = :variant
            where a.code = :code and r.year = :year and r.status = 'PUBLISHED'
              and (:revision = 0 or r.revision = :revision)
            order by r.revision desc limit 1""";

    private static final String STORE = """
            insert into stored_page (report_id, variant, deployment, latest_revision, content, sha256, created_at)
            values (:id, :variant, :deployment, :latest, :content, :sha256, :at)
            on conflict (report_id, variant) do update set deployment = excluded.deployment,
                latest_revision = excluded.latest_revision, content = excluded.content, sha256 = excluded.sha256,
                created_at = excluded.created_at""";

    private record Found(long id, int revision, Instant publishedAt, int latest, String deployment,
            Integer stampedLatest, byte[] content, String sha256, Instant producedAt) {
    }

    private final JdbcClient jdbc;
    private final ReportRepository reports;
    private final ReportFileRepository files;
    private final Publisher publisher;
    private final RevisionFiles revisionFiles;
    private final ITemplateEngine templates;
    private final Mirror mirror;
    private final Clock clock;
    private final TransactionTemplate newTransaction;
    private final String deployment;
    private final String contextPath;
    private final int amountPrecision;

    private final ImportMarks marks;

    StoredPages(JdbcClient jdbc, ReportRepository reports, ReportFileRepository files, Publisher publisher,
            RevisionFiles revisionFiles, ITemplateEngine templates, Mirror mirror, Clock clock,
            PlatformTransactionManager transactions, Deployment deployment,
            @Value("${server.servlet.context-path:}") String contextPath,
            @Value("${nianbao.amount-precision:4}") int amountPrecision, ImportMarks marks) {
        this.marks = marks;
        this.jdbc = jdbc;
        this.reports = reports;
        this.files = files;
        this.publisher = publisher;
        this.revisionFiles = revisionFiles;
        this.templates = templates;
        this.mirror = mirror;
        this.clock = clock;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        // the page depends on the templates and on how amounts are printed
        this.deployment = deployment.hash() + "-p" + amountPrecision;
        this.contextPath = contextPath.equals("/") ? "" : contextPath;
        this.amountPrecision = amountPrecision;
    }

    /**
     * What {@code variant} of published revision {@code revision} ({@code 0}: the latest) of the report of
     * {@code agencyCode} on {@code year} answers: the stored bytes, produced first when missing or stale. Empty when
     * there is no such published revision. Call inside a read-write transaction.
     */
    Optional<Stored> find(String agencyCode, int year, int revision, Variant variant) {
        Optional<Found> found = jdbc.sql(FIND).param("variant", variant.code).param("code", agencyCode)
                .param("year", year).param("revision", revision)
                .query((rs, n) -> new Found(rs.getLong(1), rs.getInt(2), rs.getTimestamp(3).toInstant(), rs.getInt(4),
                        rs.getString(5), (Integer) rs.getObject(6), rs.getBytes(7), rs.getString(8),
                        rs.getTimestamp(9) == null ? null : rs.getTimestamp(9).toInstant()))
                .optional();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Found f = found.get();
        Stored stored;
        if (f.content() != null && fresh(variant, f.deployment(), f.stampedLatest(), f.latest())) {
            stored = new Stored(f.content(), f.sha256(), agencyCode, year, f.revision(),
                    latest(f.publishedAt(), f.producedAt()), f.revision() == f.latest());
        } else {
            stored = produce(reports.findById(f.id()).orElseThrow(), f.latest(), variant);
        }
        return Optional.of(stored);
    }

    /** The SHA-256 of a data file ({@code json}, {@code csv}) of {@code revision}, produced first if need be. */
    String dataSha256(Report revision, int latest, String kind) {
        Variant variant = kind.equals("json") ? Variant.JSON : Variant.CSV;
        return jdbc.sql("select sha256 from stored_page where report_id = :id and variant = :variant")
                .param("id", revision.getId()).param("variant", variant.code).query(String.class).optional()
                .orElseGet(() -> produce(revision, latest, variant).sha256());
    }

    /**
     * Produces (or checks) everything of every published revision of the report just published and writes it into
     * the mirror: the new revision's pages and files, the latest URLs, and the earlier revisions' pages (their
     * history changed). Runs after the publication committed, in a transaction of its own; what fails here is
     * produced on first request instead.
     */
    @TransactionalEventListener(fallbackExecution = true)
    void published(RevisionPublished event) {
        try {
            newTransaction.executeWithoutResult(status -> produceAll(event.agencyCode(), event.year()));
        } catch (RuntimeException e) {
            log.warn("could not produce the pages of {} {} at publication (they will be on first request): {}",
                    event.agencyCode(), event.year(), e.toString());
        }
    }

    void produceAll(String agencyCode, int year) {
        List<Report> published = reports.findRevisions(agencyCode, year).stream()
                .filter(r -> r.getStatus() == ReportStatus.PUBLISHED).toList();
        for (Report revision : published) {
            int number = revision.getRevision();
            for (Variant variant : Variant.values()) {
                if (!variant.atLatestUrl() || number == published.get(0).getRevision()) {
                    find(agencyCode, year, variant.atLatestUrl() ? 0 : number, variant);
                }
            }
            for (String kind : List.of("pdf", "docx")) {
                files.findById(new ReportFile.Key(revision.getId(), kind)).ifPresent(file -> {
                    String base = "/reports/" + agencyCode + "/" + year;
                    mirror.write(base + "/revisions/" + number + "." + kind, file.getContent());
                    if (number == published.get(0).getRevision()) {
                        mirror.write(base + "." + kind, file.getContent());
                    }
                });
            }
        }
    }

    private static Instant latest(Instant published, Instant produced) {
        return produced != null && produced.isAfter(published) ? produced : published;
    }

    private boolean fresh(Variant variant, String storedDeployment, Integer stampedLatest, int latest) {
        return !variant.page() || (deployment.equals(storedDeployment) && stampedLatest != null
                && stampedLatest == latest);
    }

    /** Produces {@code variant} of {@code revision}, stores it (replacing a stale one) and mirrors it. */
    private Stored produce(Report revision, int latest, Variant variant) {
        if (variant.page() || variant == Variant.SUMS) {
            publisher.storeMissingFiles(revision); // the page and the checksum list name the PDF and Word copy
        }
        byte[] content = switch (variant) {
            case JSON -> RevisionFiles.json(revision);
            case CSV -> RevisionFiles.csv(revision);
            case SUMS -> revisionFiles.sums(revision, kind -> dataSha256(revision, latest, kind))
                    .getBytes(StandardCharsets.UTF_8);
            default -> render(revision, latest, variant);
        };
        String sha256 = Publisher.sha256(content);
        Instant now = clock.instant();
        jdbc.sql(STORE).param("id", revision.getId()).param("variant", variant.code)
                .param("deployment", variant.page() ? deployment : "")
                .param("latest", variant.page() ? latest : 0).param("content", content).param("sha256", sha256)
                .param("at", Timestamp.from(now)).update();
        Stored stored = new Stored(content, sha256, revision.getAgency().getCode(), revision.getYear(),
                revision.getRevision(), latest(revision.getPublishedAt(), now), revision.getRevision() == latest);
        mirror(stored, variant);
        return stored;
    }

    private byte[] render(Report shown, int latest, Variant variant) {
        String agencyCode = shown.getAgency().getCode();
        List<Report> revisions = reports.findRevisions(agencyCode, shown.getYear());
        Context context = new Context(Locale.SIMPLIFIED_CHINESE);
        context.setVariable("report", ReportView.of(shown, revisions, amountPrecision));
        context.setVariable("imported", marks.of(shown).orElse(null));
        context.setVariable("downloads", revisionFiles.of(shown, variant.atLatestUrl(),
                kind -> dataSha256(shown, latest, kind)));
        context.setVariable("revisions", RevisionHistory.of(revisions, shown));
        context.setVariable("care", variant.care());
        context.setVariable("careSwitch", CareMode.switchLink(variant.care(), contextPath + path(shown, variant)));
        return templates.process("report", context).getBytes(StandardCharsets.UTF_8);
    }

    private static String path(Report revision, Variant variant) {
        String base = "/reports/" + revision.getAgency().getCode() + "/" + revision.getYear();
        return variant.atLatestUrl() ? base : base + "/revisions/" + revision.getRevision();
    }

    /** Writes what was produced at each public URL that answers it. */
    private void mirror(Stored stored, Variant variant) {
        if (!mirror.isOn()) {
            return;
        }
        String base = "/reports/" + stored.agencyCode() + "/" + stored.year();
        String own = base + "/revisions/" + stored.revision();
        switch (variant) {
            case LATEST, LATEST_CARE -> mirror.writePage(base, variant.care(), stored.content());
            case REVISION, REVISION_CARE -> mirror.writePage(own, variant.care(), stored.content());
            case SUMS -> mirror.write(own + "/SHA256SUMS", stored.content());
            case JSON, CSV -> {
                mirror.write(own + "." + variant.code, stored.content());
                if (stored.latest()) {
                    mirror.write(base + "." + variant.code, stored.content());
                }
            }
        }
    }
}
