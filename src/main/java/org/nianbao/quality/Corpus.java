package org.nianbao.quality;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The published reports the corpus checks compare with: the latest published revision of every agency's report on
 * every year, with its prose, and the agencies by name. Read with plain SQL: only text is needed, not entities.
 */
@Component
class Corpus {

    /** One published report's prose. */
    record Text(String agencyCode, String agencyName, Long parentId, long agencyId, int year,
            Map<String, String> sections) {

        String label() {
            return org.nianbao.text.Text.of("quality.corpus.report", agencyName, year);
        }
    }

    /** An agency as the checks need it. */
    record Agency(long id, String code, String name, String kind, Long parentId) {
    }

    private final JdbcTemplate jdbc;

    Corpus(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<Text> texts() {
        return jdbc.query("""
                select distinct on (r.agency_id, r.year) a.id, a.code, a.name, a.parent_id, r.year, r.overview,
                       r.problems, r.other_matters
                from report r join agency a on a.id = r.agency_id
                where r.status = 'PUBLISHED'
                order by r.agency_id, r.year, r.revision desc""", (rs, i) -> new Text(rs.getString("code"),
                rs.getString("name"), (Long) rs.getObject("parent_id", Long.class), rs.getLong("id"), rs.getInt("year"),
                Map.of("overview", rs.getString("overview"), "problems", rs.getString("problems"), "other_matters",
                        rs.getString("other_matters"))));
    }

    List<Agency> agencies() {
        return jdbc.query("select id, code, name, kind, parent_id from agency order by id", (rs, i) -> new Agency(
                rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getString("kind"),
                (Long) rs.getObject("parent_id", Long.class)));
    }
}
