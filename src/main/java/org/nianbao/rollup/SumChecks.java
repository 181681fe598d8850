package org.nianbao.rollup;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.nianbao.publishing.RevisionPublished;
import org.nianbao.statutory.Edition;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.SqlTypeValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.support.AbstractSqlTypeValue;
import org.springframework.stereotype.Component;

/**
 * Whether published revisions keep R1–R4, checked in SQL on their stored rows ({@link RollupSql#failing}) and recorded
 * in {@code report.sums_pass} when a revision is published, in the publishing transaction: a published revision never
 * changes, so a roll-up reads the recorded result instead of checking every report below a province again
 * (ADR 0032). Revisions stored without it (by SQL) are checked by the roll-up itself.
 */
@Component
public class SumChecks {

    private final JdbcClient jdbc;

    SumChecks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the result of the revision just published (its rows are flushed before the event). */
    @EventListener
    void published(RevisionPublished event) {
        record(jdbc, jdbc.sql("""
                select r.id from report r join agency a on a.id = r.agency_id
                where a.code = :code and r.year = :year and r.revision = :revision""")
                .param("code", event.agencyCode()).param("year", event.year()).param("revision", event.revision())
                .query(Long.class).list());
    }

    /** The reports among {@code ids}, all of {@code edition}, whose own figures break R1–R4. */
    static Set<Long> failing(JdbcClient jdbc, Edition edition, Collection<Long> ids) {
        Set<Long> failing = new HashSet<>();
        String sql = RollupSql.failing(edition);
        if (sql != null && !ids.isEmpty()) {
            failing.addAll(jdbc.sql(sql).param("ids", bigints(ids)).query(Long.class).list());
        }
        return failing;
    }

    /** Checks and records every published revision whose result is not recorded; returns how many. */
    public static int recordMissing(JdbcClient jdbc) {
        return record(jdbc, jdbc.sql("select id from report where status = 'PUBLISHED' and sums_pass is null")
                .query(Long.class).list());
    }

    /** Checks the published revisions {@code ids} and records the results; returns how many were recorded. */
    public static int record(JdbcClient jdbc, Collection<Long> ids) {
        int recorded = 0;
        for (int year : jdbc.sql("select distinct year from report where id = any(:ids) and status = 'PUBLISHED'")
                .param("ids", bigints(ids)).query(Integer.class).list()) {
            Edition edition = Edition.forYear(year).orElse(null);
            if (edition == null) {
                continue;
            }
            List<Long> ofYear = jdbc.sql("select id from report where id = any(:ids) and year = :year")
                    .param("ids", bigints(ids)).param("year", year).query(Long.class).list();
            Set<Long> failing = failing(jdbc, edition, ofYear);
            recorded += jdbc.sql("""
                    update report set sums_pass = not (id = any(:failing))
                    where id = any(:ids) and status = 'PUBLISHED'""")
                    .param("failing", bigints(failing)).param("ids", bigints(ofYear)).update();
        }
        return recorded;
    }

    /** {@code ids} as one SQL {@code bigint[]} parameter (a list would become one placeholder per id). */
    static SqlTypeValue bigints(Collection<Long> ids) {
        return new AbstractSqlTypeValue() {
            @Override
            protected Object createTypeValue(Connection connection, int sqlType, String typeName) throws SQLException {
                return connection.createArrayOf("bigint", ids.toArray());
            }
        };
    }
}
