package org.nianbao.search;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.nianbao.statutory.Edition;
import org.nianbao.statutory.Section;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Searches the latest published revision of every report: agency names, years, titles and the prose sections
 * (一 总体情况, 五 存在的主要问题及改进情况, 六 其他需要报告的事项). Every term must occur somewhere (case-insensitive
 * substring, so Chinese needs no word segmentation); results come newest year first, {@link #PAGE_SIZE} a page.
 *
 * <p>Every condition is served by an index (V80, ADR 0025): prose and agency names through the trigram indexes of
 * {@code search_grams} (a term of any length, one Chinese character included, becomes a pattern whose trigrams the
 * index holds; the original text is rechecked with LIKE, or ILIKE for a term with letters that have a case), a
 * year named by a term through the published-order index.
 * Counting stops at {@link #COUNT_LIMIT} + 1 hits, and reads the newest {@link #PROBE} reports in order first, which
 * is enough for a term in most reports. Up to that many, the hits are found through the indexes and
 * sorted; beyond it (a term in most reports), the newest reports are read in order and filtered until the page is
 * full, which stops early precisely because hits are frequent. The planner's estimates for LIKE do not see trigram
 * selectivity, so each plan is asked for with {@code set local enable_…} inside the read-only transaction.
 */
@Service
public class ReportSearch {

    public static final int PAGE_SIZE = 10;
    /** Hits are counted up to this; beyond it the count shows as "1,000+" and paging stops at its last page. */
    public static final int COUNT_LIMIT = 1000;
    /**
     * How many of the newest published reports are read first: a term in more than two fifths of them has more than
     * {@link #COUNT_LIMIT} hits there, and its count stops without building the trigram bitmap of every hit. Only
     * a term found in more than two fifths of the newest tenth of them is looked for in all of them.
     */
    static final int PROBE = 2500;
    private static final int CONTEXT = 30;
    private static final String TITLE = Edition.TITLE_AFTER_YEAR;
    private static final String PROSE = "(r.overview || chr(10) || r.problems || chr(10) || r.other_matters)";

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

    /**
     * One page of results: {@code page} counts from 1, {@code pages} is at least 1; {@code total} is exact up to
     * {@link #COUNT_LIMIT}, and {@link #COUNT_LIMIT} + 1 stands for more.
     */
    public record Results(List<Hit> hits, long total, int page, int pages) {

        /** The number of the first hit on this page, counting from 1. */
        public int firstNumber() {
            return (page - 1) * PAGE_SIZE + 1;
        }

        /** The count as shown: exact, or "1,000+". */
        public String totalText() {
            return total > COUNT_LIMIT ? "1,000+" : String.valueOf(total);
        }
    }

    /** Page {@code page} (clamped to the pages there are) of the reports matching {@code query}. */
    @Transactional(readOnly = true)
    public Results reports(SearchQuery query, int page) {
        List<String> terms = query.terms();
        if (terms.isEmpty()) {
            return new Results(List.of(), 0, 1, 1);
        }
        String where = where(terms, true);
        String scanned = where(terms, false);
        // the agencies named by each term, first and on their own: through the trigram index of agency names, which
        // the settings below would keep from being read (bitmap scans off)
        List<String> named = new ArrayList<>();
        for (String term : terms) {
            named.add(jdbc.sql("select '{' || coalesce(string_agg(id::text, ','), '') || '}' from agency"
                    + " where search_grams(name) like :g and name ilike :t escape '\\'")
                    .param("g", SearchQuery.gramsPattern(term)).param("t", SearchQuery.likePattern(term))
                    .query(String.class).single());
        }
        // every query below reads a page or stops at COUNT_LIMIT + 1: starting parallel workers costs more than it saves
        jdbc.sql("set local max_parallel_workers_per_gather = 0").update();
        // a term in most reports: the newest reports, read in order, hold more than COUNT_LIMIT hits already; a
        // glance at the newest tenth of them first, so that a rarer term does not pay for reading them all
        jdbc.sql("set local enable_sort = off").update();
        long probed = probe(scanned, terms, named, PROBE / 10);
        if (probed * 10 > COUNT_LIMIT) {
            probed = probe(scanned, terms, named, PROBE);
        }
        jdbc.sql("set local enable_sort = on").update();
        List<Long> found = List.of();
        if (probed <= COUNT_LIMIT) {
            // the conditions are estimated as rare whatever the terms: make sure the indexes are read, not the table
            jdbc.sql("set local enable_seqscan = off").update();
            jdbc.sql("set local enable_indexscan = off").update();
            found = params(jdbc.sql("select r.id from report r where " + where + " limit " + (COUNT_LIMIT + 1)),
                    terms, named).query(Long.class).list();
            jdbc.sql("set local enable_indexscan = on").update();
        }
        long total = probed > COUNT_LIMIT ? probed : found.size();
        int pages = (int) Math.max(1, (Math.min(total, COUNT_LIMIT) + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.min(Math.max(page, 1), pages);
        // the page first, then its agencies: joined inside, the planner expects one row and scans every agency
        String select = "with page as materialized (select r.agency_id, r.year, r.revision, r.published_at,"
                + " r.overview, r.problems, r.other_matters, r.id from report r where ";
        String order = " order by r.year desc, r.published_at desc, r.id desc limit :limit offset :offset)"
                + " select a.code, a.name, p.year, p.revision, p.published_at, p.overview, p.problems,"
                + " p.other_matters from page p join agency a on a.id = p.agency_id"
                + " order by p.year desc, p.published_at desc, p.id desc";
        JdbcClient.StatementSpec spec;
        if (total <= COUNT_LIMIT) {
            spec = found.isEmpty() ? null : jdbc.sql(select + "r.id in (:ids)" + order).param("ids", found);
        } else {
            // frequent hits: read the newest first (the published-order index) and filter, never the whole bitmap
            jdbc.sql("set local enable_bitmapscan = off").update();
            jdbc.sql("set local enable_sort = off").update(); // else it sorts every hit (14 s with 200,000 reports)
            spec = params(jdbc.sql(select + scanned + order), terms, named);
        }
        List<Hit> hits = spec == null ? List.of() : spec.param("limit", PAGE_SIZE)
                .param("offset", (current - 1) * PAGE_SIZE)
                .query((rs, n) -> hit(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4),
                        rs.getObject(5, OffsetDateTime.class).toInstant(),
                        Map.of("overview", rs.getString(6), "problems", rs.getString(7),
                                "other_matters", rs.getString(8)), terms))
                .list();
        return new Results(hits, total, current, pages);
    }

    /** How many of the newest {@code reports} published reports match, at most {@link #COUNT_LIMIT} + 1. */
    private long probe(String scanned, List<String> terms, List<String> named, int reports) {
        return params(jdbc.sql("select count(*) from (select 1 from (select r.* from report r"
                + " where r.status = 'PUBLISHED' order by r.year desc, r.published_at desc, r.id desc limit "
                + reports + ") r where " + scanned + " limit " + (COUNT_LIMIT + 1) + ") hits"), terms, named)
                .query(Long.class).single();
    }

    /** Agencies whose names contain every term (or whose 行政区划代码 starts with it), at most 20. */
    @Transactional(readOnly = true)
    public List<AgencyMatch> agencies(SearchQuery query) {
        List<String> terms = query.terms();
        if (terms.isEmpty()) {
            return List.of();
        }
        List<String> conditions = new ArrayList<>();
        for (int i = 0; i < terms.size(); i++) {
            conditions.add("((search_grams(name) like :g" + i + " and name ilike :t" + i + " escape '\\')"
                    + " or division_code like :p" + i + " escape '\\')");
        }
        JdbcClient.StatementSpec spec = params(jdbc.sql("select code, name from agency where "
                + String.join(" and ", conditions) + " order by id limit 20"), terms);
        for (int i = 0; i < terms.size(); i++) {
            spec = spec.param("p" + i, SearchQuery.escapeLike(terms.get(i)) + "%");
        }
        return spec.query((rs, n) -> new AgencyMatch(rs.getString(1), Highlight.of(rs.getString(2), terms))).list();
    }

    /**
     * The conditions on {@code report r}: published, the latest revision, and for every term its prose, its
     * agency's name or its title (the year, or the words every title has) containing it. {@code indexed}: the prose
     * through the trigram index ({@code search_text}); otherwise read row by row, for a scan in published order.
     */
    private static String where(List<String> terms, boolean indexed) {
        List<String> conditions = new ArrayList<>();
        conditions.add("r.status = 'PUBLISHED' and not exists (select 1 from report n where n.agency_id = r.agency_id"
                + " and n.year = r.year and n.status = 'PUBLISHED' and n.revision > r.revision)");
        for (int i = 0; i < terms.size(); i++) {
            String term = terms.get(i);
            if (TITLE.contains(term) || "年度".contains(term)) {
                continue; // in every report's title
            }
            List<String> either = new ArrayList<>();
            // Chinese has no case: LIKE is exact for it and much cheaper than ILIKE, which folds the whole text
            String like = term.toLowerCase(Locale.ROOT).equals(term.toUpperCase(Locale.ROOT)) ? " like " : " ilike ";
            String prose = PROSE + like + ":t" + i + " escape '\\'";
            either.add(indexed ? "(r.search_text like :g" + i + " and " + prose + ")" : prose);
            either.add("r.agency_id = any(cast(:a" + i + " as bigint[]))");
            List<String> years = years(term);
            if (!years.isEmpty()) {
                either.add("r.year in (" + String.join(", ", years) + ")");
            }
            conditions.add("(" + String.join(" or ", either) + ")");
        }
        return String.join(" and ", conditions);
    }

    /** The years whose titles ("2021年度", "2021年政府信息公开工作年度报告") contain {@code term}. */
    private static List<String> years(String term) {
        List<String> years = new ArrayList<>();
        if (!term.matches(".*\\d.*")) {
            return years;
        }
        for (int year = Edition.FIRST_YEAR; year < Edition.FIRST_YEAR + 200; year++) {
            if ((year + "年度").contains(term) || (year + TITLE).contains(term)) {
                years.add(String.valueOf(year));
            }
        }
        return years;
    }

    private static JdbcClient.StatementSpec params(JdbcClient.StatementSpec spec, List<String> terms) {
        for (int i = 0; i < terms.size(); i++) {
            spec = spec.param("t" + i, SearchQuery.likePattern(terms.get(i)))
                    .param("g" + i, SearchQuery.gramsPattern(terms.get(i)));
        }
        return spec;
    }

    /** As above, with the ids of the agencies each term names ({@code {1,2}}, a PostgreSQL array). */
    private static JdbcClient.StatementSpec params(JdbcClient.StatementSpec spec, List<String> terms,
            List<String> named) {
        for (int i = 0; i < terms.size(); i++) {
            spec = spec.param("a" + i, named.get(i));
        }
        return params(spec, terms);
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
                Highlight.of(name + year + TITLE, terms), snippets);
    }
}
