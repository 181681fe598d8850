package org.nianbao.opendata;

import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.nianbao.report.Report;
import org.nianbao.statutory.Edition;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The yearly open-data files, written in bounded memory (ADR 0026): the year's reports are read
 * {@link #CHUNK} at a time (ids first, then the reports of each chunk with their tables, the persistence context
 * cleared after each), and each line is written out as soon as it is made — CSV straight to the client, Excel as
 * the rows of a workbook zipped on the way ({@link XlsxStream}). However many
 * reports a year has, the heap holds one chunk. This is the one place the yearly files are written.
 */
@Service
public class YearFiles {

    static final int CHUNK = 200;

    private final JdbcClient jdbc;
    private final EntityManager entityManager;
    private final TransactionTemplate readOnly;

    YearFiles(JdbcClient jdbc, EntityManager entityManager, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.entityManager = entityManager;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /** What the year's file is made of, in one index-only query: how many reports, the newest id and time. */
    public record State(long reports, long newestId, Instant lastPublished) {

        /** A token that changes whenever a report of the year is published or corrected. */
        public String token() {
            return reports + "-" + newestId + "-" + (lastPublished == null ? 0 : lastPublished.toEpochMilli());
        }
    }

    public State state(int year) {
        return jdbc.sql("""
                select count(*), coalesce(max(id), 0), max(published_at) from report
                where status = 'PUBLISHED' and year = :year""").param("year", year)
                .query((rs, n) -> {
                    OffsetDateTime last = rs.getObject(3, OffsetDateTime.class);
                    return new State(rs.getLong(1), rs.getLong(2), last == null ? null : last.toInstant());
                }).single();
    }

    /** Writes the year's CSV (UTF-8 with BOM, RFC 4180) to {@code out}, flushing after every chunk. */
    public void writeCsv(int year, OutputStream out) {
        Edition edition = Edition.forYear(year).orElseThrow();
        try {
            out.write(Csv.BOM_BYTES);
            out.write(Csv.line(OpenDataSchema.header(edition)).getBytes(StandardCharsets.UTF_8));
            forEachChunk(year, lines -> {
                StringBuilder chunk = new StringBuilder();
                lines.forEach(line -> chunk.append(Csv.line(line)));
                try {
                    out.write(chunk.toString().getBytes(StandardCharsets.UTF_8));
                    out.flush();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes the year's Excel workbook (sheets 数据 and 字段说明, as {@link Xlsx} lays them out) to {@code out} as its
     * rows are read ({@link XlsxStream}): the first bytes leave at once, and a chunk's rows after every chunk.
     */
    public void writeXlsx(int year, OutputStream out) {
        Edition edition = Edition.forYear(year).orElseThrow();
        XlsxStream xlsx = new XlsxStream(out, List.of(Xlsx.DATA_SHEET, Xlsx.SCHEMA_SHEET));
        xlsx.sheet(2, 1);
        xlsx.row(OpenDataSchema.header(edition), true);
        xlsx.flush();
        forEachChunk(year, lines -> {
            lines.forEach(line -> xlsx.row(line, false));
            xlsx.flush();
        });
        xlsx.sheet(0, 0);
        xlsx.row(Xlsx.SCHEMA_HEADER, true);
        List<OpenDataSchema.Field> fields = new ArrayList<>(OpenDataSchema.REPORT_COLUMNS);
        fields.addAll(OpenDataSchema.cells(edition));
        fields.forEach(field -> xlsx.row(Xlsx.schemaLine(field), false));
        xlsx.finish(); // only now: a failure above leaves the zip unfinished, never a workbook missing rows
    }

    /** The year's lines (latest revisions, agencies in registration order), {@link #CHUNK} reports at a time. */
    private void forEachChunk(int year, Consumer<List<List<Object>>> consumer) {
        readOnly.executeWithoutResult(status -> {
            List<Long> ids = jdbc.sql("""
                    select r.id from report r
                    where r.status = 'PUBLISHED' and r.year = :year
                      and not exists (select 1 from report n where n.agency_id = r.agency_id and n.year = r.year
                                      and n.status = 'PUBLISHED' and n.revision > r.revision)
                    order by r.agency_id""").param("year", year).query(Long.class).list();
            for (int from = 0; from < ids.size(); from += CHUNK) {
                List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
                List<Report> reports = entityManager.createQuery("""
                        select r from Report r join fetch r.agency a where r.id in :ids order by a.id""", Report.class)
                        .setParameter("ids", chunk).getResultList();
                consumer.accept(reports.stream().map(r -> new PublishedData(r.content(), r.getRevision(),
                        r.getPublishedAt()).yearLine()).toList());
                entityManager.clear();
            }
        });
    }
}
