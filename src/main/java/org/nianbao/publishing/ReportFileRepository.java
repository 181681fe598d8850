package org.nianbao.publishing;

import java.util.Optional;
import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface ReportFileRepository extends JpaRepository<ReportFile, ReportFile.Key> {

    /** The {@code kind} file of the latest published revision of {@code agencyCode}'s report on {@code year}. */
    @Query("""
            select new org.nianbao.publishing.StoredFile(f.reportId, f.kind, f.sha256, r.publishedAt, a.code, a.name,
                r.year, r.revision)
            from ReportFile f join Report r on r.id = f.reportId join r.agency a
            where a.code = :agencyCode and r.year = :year and f.kind = :kind
              and r.status = org.nianbao.report.ReportStatus.PUBLISHED
            order by r.revision desc limit 1""")
    Optional<StoredFile> findLatest(String agencyCode, int year, String kind);

    /** The {@code kind} file of published revision {@code revision}. */
    @Query("""
            select new org.nianbao.publishing.StoredFile(f.reportId, f.kind, f.sha256, r.publishedAt, a.code, a.name,
                r.year, r.revision)
            from ReportFile f join Report r on r.id = f.reportId join r.agency a
            where a.code = :agencyCode and r.year = :year and r.revision = :revision and f.kind = :kind
              and r.status = org.nianbao.report.ReportStatus.PUBLISHED""")
    Optional<StoredFile> findRevision(String agencyCode, int year, int revision, String kind);

    /** The {@code kind} file of the report with id {@code reportId}, without its bytes. */
    @Query("""
            select new org.nianbao.publishing.StoredFile(f.reportId, f.kind, f.sha256, r.publishedAt, a.code, a.name,
                r.year, r.revision)
            from ReportFile f join Report r on r.id = f.reportId join r.agency a
            where f.reportId = :reportId and f.kind = :kind""")
    Optional<StoredFile> findInfo(Long reportId, String kind);

    /** Stores a file unless the revision already has one of that kind (then nothing happens). */
    @Modifying
    @Query(value = """
            insert into report_file (report_id, kind, content, sha256, created_at)
            values (:reportId, :kind, :content, :sha256, :createdAt) on conflict do nothing""", nativeQuery = true)
    int insertIfAbsent(Long reportId, String kind, byte[] content, String sha256, Instant createdAt);
}
