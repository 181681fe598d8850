package org.nianbao.report;

import java.util.Collection;
import java.util.List;
import org.nianbao.agency.Agency;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ReportRepository extends JpaRepository<Report, Long> {

    /** The latest published revision of every published report, newest year first. */
    @Query("""
            select r from Report r join fetch r.agency a
            where r.status = org.nianbao.report.ReportStatus.PUBLISHED
              and r.revision = (select max(o.revision) from Report o
                                where o.agency = r.agency and o.year = r.year
                                  and o.status = org.nianbao.report.ReportStatus.PUBLISHED)
            order by r.year desc, r.publishedAt desc, a.code""")
    List<Report> findLatestPublished();

    /** The latest published revision of {@code agencyCode}'s report on {@code year}. */
    @Query("""
            select r from Report r join fetch r.agency a
            where a.code = :agencyCode and r.year = :year
              and r.status = org.nianbao.report.ReportStatus.PUBLISHED
            order by r.revision desc limit 1""")
    Optional<Report> findLatestPublished(String agencyCode, int year);

    Optional<Report> findByAgencyCodeAndYearAndRevision(String agencyCode, int year, int revision);

    /** Every revision of {@code agencyCode}'s report on {@code year}, newest revision first. */
    @Query("""
            select r from Report r join fetch r.agency a
            where a.code = :agencyCode and r.year = :year
            order by r.revision desc""")
    List<Report> findRevisions(String agencyCode, int year);

    /** Every revision of the reports of {@code agencies}, newest year and revision first. */
    @Query("""
            select r from Report r join fetch r.agency a
            where a in :agencies
            order by r.year desc, a.code, r.revision desc""")
    List<Report> findAllOf(Collection<Agency> agencies);

    boolean existsByAgencyAndYear(Agency agency, int year);
}
