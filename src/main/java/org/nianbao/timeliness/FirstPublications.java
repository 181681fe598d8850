package org.nianbao.timeliness;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * When each report was first published (revision 1, or the earliest published revision): the date that counts
 * against the deadline, whatever corrections followed.
 */
@Component
public class FirstPublications {

    private final JdbcClient jdbc;

    FirstPublications(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An agency's report on a year. */
    public record Key(String agencyCode, int year) {
    }

    /** The first publication of every report of the agency {@code agencyId} and of the agencies under it. */
    @Transactional(readOnly = true)
    public Map<Key, Instant> ofAgencyAndChildren(long agencyId) {
        Map<Key, Instant> first = new HashMap<>();
        jdbc.sql("""
                select a.code, r.year, min(r.published_at) as first_published
                from report r join agency a on a.id = r.agency_id
                where r.status = 'PUBLISHED' and (a.id = :id or a.parent_id = :id)
                group by a.code, r.year""")
                .param("id", agencyId)
                .query((rs, n) -> first.put(new Key(rs.getString(1), rs.getInt(2)),
                        rs.getObject(3, OffsetDateTime.class).toInstant()))
                .list();
        return first;
    }
}
