package org.nianbao.search;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.nianbao.statutory.Edition;
import org.nianbao.statutory.Section;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Searches the latest published revision of every report: agency names, years, titles and the prose sections
 * (一 总体情况, 五 存在的主要问题及改进情况, 六 其他需要报告的事项). Every term must occur somewhere (case-insensitive
 * substring, so Chinese needs no word segmentation); results come newest year first, {@link #PAGE_SIZE} a page.
 */
@Service
public class ReportSearch {

    public static final int PAGE_SIZE = 10;
    private static final int CONTEXT = 30;

    /** The prose sections of every edition: each is a column of {@code report} named by its code. */
    private static final List<String> PROSE = Edition.all().stream().flatMap(e -> e.proseSections().stream())
            .map(Section::code).distinct().toList();

    /**
     * The latest published revisions, each with one searchable text (fields separated by line breaks): the agency,
     * the year, the title ({@code :title} is what follows agency and year in {@link Edition#title}) and the prose.
     */
    private static final String LATEST = """
            with latest as (
                select distinct on (r.agency_id, r.year) r.id, r.agency_id, r.year, r.revision, r.published_at,
                       %s
                from report r where r.status = 'PUBLISHED'
                order by r.agency_id, r.year, r.revision desc),
            searchable as (
                select l.*, a.code, a.name,
                       a.name || chr(10) || l.year || '年度' || chr(10) || a.name || l.year || :title
                       %s as haystack
                from latest l join agency a on a.id = l.agency_id)
            """.formatted(PROSE.stream().map(c -> "r." + c).collect(Collectors.joining(", ")),
            PROSE.stream().map(c -> "|| chr(10) || l." + c).collect(Collectors.joining(" ")));

    private final JdbcClient jdbc;

    ReportSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A report found: its title with the terms marked, and a marked snippet of each prose section that matched. */
    public record Hit(String agencyCode, String agencyName, int year, int revision, Instant publishedAt,
            Highlight title, List<SectionSnippet> snippets) {

        public String path() {
            return "/reports/" + agencyCode + "/" + year;
        }
    }

    /** A snippet of a prose section, with the section's heading and its anchor on the report page. */
    public record SectionSnippet(String heading, String anchor, Highlight text) {
    }

    /** An agency whose name matched. */
    public record AgencyMatch(String code, Highlight name) {

        public String path() {
            return "/agencies/" + code;
        }
    }

    /** One page of results: {@code page} counts from 1, {@code pages} is at least 1. */
    public record Results(List<Hit> hits, long total, int page, int pages) {

        /** The number of the first hit on this page, counting from 1. */
        public int firstNumber() {
            return (page - 1) * PAGE_SIZE + 1;
        }
    }

    /** Page {@code page} (clamped to the pages there are) of the reports matching {@code query}. */
    @Transactional(readOnly = true)
    public Results reports(SearchQuery query, int page) {
        List<String> terms = query.terms();
        if (terms.isEmpty()) {
            return new Results(List.of(), 0, 1, 1);
        }
        String where = where(terms);
        long total = params(jdbc.sql(LATEST + "select count(*) from searchable where " + where), terms)
                .param("title", Edition.TITLE_AFTER_YEAR)
                .query(Long.class).single();
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.min(Math.max(page, 1), pages);
        List<Hit> hits = params(jdbc.sql(LATEST
                + "select code, name, year, revision, published_at, " + String.join(", ", PROSE)
                + " from searchable where " + where
                + " order by year desc, published_at desc, code limit :limit offset :offset"), terms)
                .param("title", Edition.TITLE_AFTER_YEAR).param("limit", PAGE_SIZE).param("offset", (current - 1) * PAGE_SIZE)
                .query((rs, n) -> hit(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4),
                        rs.getObject(5, OffsetDateTime.class).toInstant(),
                        prose(rs), terms))
                .list();
        return new Results(hits, total, current, pages);
    }

    /** Agencies whose names (or 行政区划代码) contain every term, at most 20. */
    @Transactional(readOnly = true)
    public List<AgencyMatch> agencies(SearchQuery query) {
        List<String> terms = query.terms();
        if (terms.isEmpty()) {
            return List.of();
        }
        List<String> conditions = new ArrayList<>();
        for (int i = 0; i < terms.size(); i++) {
            conditions.add("(name ilike :t" + i + " escape '\\' or division_code like :t" + i + " escape '\\')");
        }
        return params(jdbc.sql("select code, name from agency where " + String.join(" and ", conditions)
                + " order by id limit 20"), terms)
                .query((rs, n) -> new AgencyMatch(rs.getString(1), Highlight.of(rs.getString(2), terms))).list();
    }

    private static String where(List<String> terms) {
        List<String> conditions = new ArrayList<>();
        for (int i = 0; i < terms.size(); i++) {
            conditions.add("haystack ilike :t" + i + " escape '\\'");
        }
        return String.join(" and ", conditions);
    }

    private static Map<String, String> prose(java.sql.ResultSet rs) throws java.sql.SQLException {
        Map<String, String> prose = new java.util.HashMap<>();
        for (int i = 0; i < PROSE.size(); i++) {
            prose.put(PROSE.get(i), rs.getString(6 + i));
        }
        return prose;
    }

    private static JdbcClient.StatementSpec params(JdbcClient.StatementSpec spec, List<String> terms) {
        for (int i = 0; i < terms.size(); i++) {
            spec = spec.param("t" + i, SearchQuery.likePattern(terms.get(i)));
        }
        return spec;
    }

    private static Hit hit(String code, String name, int year, int revision, Instant publishedAt,
            Map<String, String> prose, List<String> terms) {
        Edition edition = Edition.forYear(year).orElse(Edition.E2021);
        List<SectionSnippet> snippets = new ArrayList<>();
        for (Section section : edition.proseSections()) {
            Highlight snippet = Highlight.snippet(prose.getOrDefault(section.code(), ""), terms, CONTEXT);
            if (snippet.matches()) {
                snippets.add(new SectionSnippet(section.heading(), section.code(), snippet));
            }
        }
        return new Hit(code, name, year, revision, publishedAt,
                Highlight.of(Edition.title(name, year), terms), snippets);
    }
}
