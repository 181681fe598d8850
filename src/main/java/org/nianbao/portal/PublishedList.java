package org.nianbao.portal;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.nianbao.publishing.RevisionPublished;
import org.nianbao.publishing.ReportView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The published reports (latest revisions), newest first — year, then publication time, then id — a page at a time
 * by keyset (ADR 0026): a page is asked for as the reports after (or before) a report's id, and read from the index
 * {@code report_published_order} (V80) from that point, so every page costs the same however many reports there are.
 */
@Component
class PublishedList {

    static final int PAGE_SIZE = 50;
    /** Counts are exact up to this; beyond it a year shows "1,000+". */
    static final int COUNT_LIMIT = 1000;

    private static final String LATEST = """
            select r.id, a.code, a.name, r.year, r.revision, r.published_at
            from report r join agency a on a.id = r.agency_id
            where r.status = 'PUBLISHED'
              and not exists (select 1 from report n where n.agency_id = r.agency_id and n.year = r.year
                              and n.status = 'PUBLISHED' and n.revision > r.revision)
            """;

    /** How long a year's count is kept. */
    static final long COUNT_TTL_NANOS = 30_000_000_000L;

    private final JdbcClient jdbc;
    private final Map<Integer, Counted> counts = new ConcurrentHashMap<>();

    PublishedList(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A page of reports and the cursors of its neighbours: {@code before} is the id to ask the previous page with
     * ({@code ?before=}), {@code after} the id to ask the next page with ({@code ?after=}); null when there is none.
     */
    record Page(List<ReportSummary> reports, Long before, Long after) {
    }

    /** Where a page starts: after or before a report's keyset position, or at the newest report. */
    record Cursor(Long after, Long before) {

        static final Cursor FIRST = new Cursor(null, null);
    }

    /** The page at {@code cursor}, of every year or of {@code year} only; a cursor that names no report is ignored. */
    @Transactional(readOnly = true)
    Page page(Integer year, Cursor cursor) {
        Long id = cursor.after() != null ? cursor.after() : cursor.before();
        Optional<Key> key = id == null ? Optional.empty() : key(id);
        boolean backwards = key.isPresent() && cursor.before() != null;
        String sql = LATEST + (year == null ? "" : " and r.year = :year")
                + (key.isEmpty() ? "" : backwards
                        ? " and (r.year, r.published_at, r.id) > (:kyear, :kat, :kid)"
                        : " and (r.year, r.published_at, r.id) < (:kyear, :kat, :kid)")
                + (backwards ? " order by r.year, r.published_at, r.id"
                        : " order by r.year desc, r.published_at desc, r.id desc")
                + " limit " + (PAGE_SIZE + 1);
        JdbcClient.StatementSpec spec = jdbc.sql(sql);
        if (year != null) {
            spec = spec.param("year", year);
        }
        if (key.isPresent()) {
            spec = spec.param("kyear", key.get().year()).param("kat", key.get().publishedAt())
                    .param("kid", key.get().id());
        }
        List<Row> rows = new ArrayList<>(spec.query((rs, n) -> new Row(rs.getLong(1), new ReportSummary(
                rs.getString(2), rs.getString(3), rs.getInt(4), rs.getInt(5),
                ReportView.date(rs.getObject(6, OffsetDateTime.class).toInstant())))).list());
        boolean more = rows.size() > PAGE_SIZE;
        if (more) {
            rows.remove(PAGE_SIZE);
        }
        if (backwards) {
            Collections.reverse(rows);
        }
        List<ReportSummary> reports = rows.stream().map(Row::summary).toList();
        if (rows.isEmpty()) {
            return new Page(reports, null, null);
        }
        Long first = rows.get(0).id();
        Long last = rows.get(rows.size() - 1).id();
        if (backwards) {
            return new Page(reports, more ? first : null, last);
        }
        return new Page(reports, key.isPresent() ? first : null, more ? last : null);
    }

    /**
     * How many reports of {@code year} are published, counted up to {@link #COUNT_LIMIT} + 1. Kept for
     * {@link #COUNT_TTL_NANOS} (every year is counted for every home page, ~15 ms a year with 40,000 reports), and
     * forgotten when this instance publishes; another instance's publication shows within that time.
     */
    @Transactional(readOnly = true)
    long countUpToLimit(int year) {
        long now = System.nanoTime();
        Counted counted = counts.get(year);
        if (counted != null && now - counted.at() < COUNT_TTL_NANOS) {
            return counted.value();
        }
        long value = count(year);
        counts.put(year, new Counted(value, now));
        return value;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void published(RevisionPublished event) {
        counts.clear();
    }

    private long count(int year) {
        return jdbc.sql("""
                select count(*) from (
                    select 1 from report r where r.status = 'PUBLISHED' and r.year = :year
                      and not exists (select 1 from report n where n.agency_id = r.agency_id and n.year = r.year
                                      and n.status = 'PUBLISHED' and n.revision > r.revision)
                    limit %d) c""".formatted(COUNT_LIMIT + 1)).param("year", year).query(Long.class).single();
    }

    private Optional<Key> key(long id) {
        return jdbc.sql("select year, published_at from report where id = :id and status = 'PUBLISHED'")
                .param("id", id)
                .query((rs, n) -> new Key(rs.getInt(1), rs.getObject(2, OffsetDateTime.class), id)).optional();
    }

    private record Key(int year, OffsetDateTime publishedAt, long id) {
    }

    private record Row(long id, ReportSummary summary) {
    }

    private record Counted(long value, long at) {
    }
}
