package org.nianbao.rollup;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.nianbao.report.BulkReports;
import org.nianbao.statutory.Cell;
import org.nianbao.statutory.Edition;
import org.nianbao.statutory.ReportContent;
import org.nianbao.timeliness.Deadlines;
import org.nianbao.validation.Reports;
import org.nianbao.validation.Validator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * The roll-up in SQL (scope once, sums per table, R1–R4 read from the record kept at publication or checked in SQL
 * where there is none) agrees with the plain computation in Java — walk the tree, take each agency's latest published
 * revision, add cell by cell, run the validator — on a generated province of its own (rolled back): four levels,
 * agencies with nothing or only a draft, reports that break R1–R4, blank cells, corrected revisions, half of the
 * reports with their R1–R4 result recorded and half without.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Transactional
class RollupAgreementTest {

    private static final Set<String> SUM_RULES = Set.of("R1", "R2", "R3", "R4");
    private static final Cell RECEIVED = new Cell("applications", "received", "natural_person");

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Rollups rollups;

    @Autowired
    Clock clock;

    private final Random random = new Random(ThreadLocalRandom.current().nextLong());
    private final String prefix = "i14a" + ThreadLocalRandom.current().nextInt(1_000_000);
    /** agency code -> parent code (null for the province), in creation order */
    private final Map<String, String> parents = new LinkedHashMap<>();
    /** agency code -> the content of its latest published revision */
    private final Map<String, ReportContent> published = new HashMap<>();
    private int year;
    private Edition edition;

    @Test
    void theSqlRollupAgreesWithThePlainComputationAtEveryLevelDirectOrAll() {
        year = LocalDate.now(clock.withZone(Deadlines.CHINA)).getYear() - 1;
        edition = Edition.forYear(year).orElseThrow();
        String province = agency("PROVINCE", null);
        List<String> governments = new ArrayList<>(List.of(province));
        for (int c = 0; c < 2; c++) {
            String city = agency("CITY", province);
            governments.add(city);
            agency("DEPARTMENT", city);
            for (int k = 0; k < 2; k++) {
                String county = agency("COUNTY", city);
                governments.add(county);
                for (int a = 0; a < 5; a++) {
                    agency(a < 3 ? "TOWNSHIP" : "DEPARTMENT", county);
                }
            }
        }
        agency("DEPARTMENT", province);
        List<Long> stored = new ArrayList<>();
        for (String code : parents.keySet()) {
            if (!code.equals(province)) {
                stored.addAll(report(code));
            }
        }
        // half of the published revisions have their R1–R4 result recorded (as at publication), half not
        SumChecks.record(JdbcClient.create(jdbc.getDataSource()), stored.subList(0, stored.size() / 2));
        assertThat(published.values()).anyMatch(this::failsSumRules);
        assertThat(parents.keySet()).anyMatch(code -> !code.equals(province) && !published.containsKey(code));

        for (String government : governments) {
            for (boolean all : List.of(true, false)) {
                Rollup rollup = rollups.of(government, year, all).orElseThrow();
                List<String> scope = below(government, all);
                String what = government + (all ? " all levels" : " direct");
                assertThat(rollup.included()).as(what).extracting(Rollup.Member::code)
                        .containsExactlyInAnyOrderElementsOf(scope.stream().filter(published::containsKey).toList());
                assertThat(rollup.missing()).as(what).extracting(Rollup.Member::code)
                        .containsExactlyInAnyOrderElementsOf(scope.stream().filter(c -> !published.containsKey(c))
                                .toList());
                assertThat(rollup.failing()).as(what).extracting(Rollup.Member::code)
                        .containsExactlyInAnyOrderElementsOf(scope.stream().filter(published::containsKey)
                                .filter(c -> failsSumRules(published.get(c))).toList());
                List<ReportContent> included = scope.stream().filter(published::containsKey).map(published::get)
                        .toList();
                for (Cell cell : edition.cells()) {
                    BigDecimal expected = plainSum(included, cell);
                    if (expected == null) {
                        assertThat(rollup.content().value(cell)).as(what + " " + cell.key()).isNull();
                    } else {
                        assertThat(rollup.content().value(cell)).as(what + " " + cell.key())
                                .isEqualByComparingTo(expected);
                    }
                }
            }
        }
    }

    @Autowired
    org.nianbao.agency.AgencyRepository agencies;

    @Autowired
    org.nianbao.report.ReportRepository reports;

    @Autowired
    org.nianbao.publishing.Publisher publisher;

    @Test
    void publishingRecordsWhetherTheRevisionKeepsTheSumRules() {
        year = LocalDate.now(clock.withZone(Deadlines.CHINA)).getYear() - 1;
        edition = Edition.forYear(year).orElseThrow();
        String county = agency("COUNTY", null);
        String good = agency("TOWNSHIP", county);
        String broken = agency("TOWNSHIP", county);
        ReportContent balanced = Reports.balanced(edition, year, random.nextLong());
        Map<String, ReportContent> contents = Map.of(good, balanced,
                broken, Reports.with(balanced, RECEIVED, balanced.value(RECEIVED).add(BigDecimal.ONE)));
        for (Map.Entry<String, ReportContent> e : contents.entrySet()) {
            org.nianbao.report.Report report = new org.nianbao.report.Report(
                    agencies.findByCode(e.getKey()).orElseThrow(), year);
            report.replaceContent(e.getValue(), clock.instant());
            report.submit(List.of(), Map.of(), clock.instant());
            report.approve();
            publisher.publish(report, clock.instant());
        }
        assertThat(jdbc.queryForList("select a.code || ' ' || r.sums_pass from report r join agency a "
                + "on a.id = r.agency_id where a.code in (?, ?)", String.class, good, broken))
                .containsExactlyInAnyOrder(good + " true", broken + " false");
        assertThat(rollups.of(county, year, true).orElseThrow().failing()).extracting(Rollup.Member::code)
                .containsExactly(broken);
    }

    /** Blank when no report is included or the cell is blank in any of them; else the sum. */
    private static BigDecimal plainSum(List<ReportContent> reports, Cell cell) {
        if (reports.isEmpty()) {
            return null;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (ReportContent report : reports) {
            if (report.value(cell) == null) {
                return null;
            }
            sum = sum.add(report.value(cell));
        }
        return sum;
    }

    private boolean failsSumRules(ReportContent content) {
        return Validator.validate(content, null).stream().anyMatch(f -> SUM_RULES.contains(f.rule()));
    }

    private List<String> below(String government, boolean all) {
        List<String> found = new ArrayList<>();
        for (Map.Entry<String, String> e : parents.entrySet()) {
            if (government.equals(e.getValue())) {
                found.add(e.getKey());
                if (all) {
                    found.addAll(below(e.getKey(), true));
                }
            }
        }
        return found;
    }

    private String agency(String kind, String parent) {
        String code = prefix + "-" + parents.size();
        jdbc.update("insert into agency (code, name, kind, parent_id) values (?, ?, ?, "
                + "(select id from agency where code = ?))", code, "汇总核对机关" + parents.size(), kind, parent);
        parents.put(code, parent);
        return code;
    }

    /**
     * Stores what {@code code} has on the year, by its id: nothing, a draft only, a report (balanced, broken, or with
     * a blank cell), or a corrected report (revision 2 published over revision 1). Returns the published ids.
     */
    private List<Long> report(String code) {
        long agency = jdbc.queryForObject("select id from agency where code = ?", Long.class, code);
        int choice = (int) (agency % 6);
        if (choice == 0) {
            return List.of();
        }
        if (choice == 1) {
            jdbc.update("insert into report (agency_id, year, edition, status) values (?, ?, ?, 'DRAFT')", agency,
                    year, edition.id());
            return List.of();
        }
        ReportContent content = Reports.balanced(edition, year, random.nextLong());
        if (choice == 2) { // R3 (the total of received) no longer adds up
            content = Reports.with(content, RECEIVED, content.value(RECEIVED).add(BigDecimal.ONE));
        } else if (choice == 3) { // one cell left blank
            Map<Cell, BigDecimal> values = new HashMap<>(content.values());
            List<Cell> cells = List.copyOf(values.keySet());
            values.remove(cells.get(random.nextInt(cells.size())));
            content = content.withValues(values);
        }
        BulkReports bulk = new BulkReports(jdbc);
        Instant at = clock.instant();
        List<Long> ids = new ArrayList<>(bulk.insert(List.of(new BulkReports.Published(agency, content, at))));
        if (choice == 5) { // the latest revision counts: this one becomes revision 2, a different revision 1 below
            jdbc.update("update report set revision = 2 where id = ?", ids.get(0));
            ReportContent first = Reports.with(content, RECEIVED, content.value(RECEIVED).add(BigDecimal.TEN));
            ids.addAll(bulk.insert(List.of(new BulkReports.Published(agency, first, at))));
        }
        published.put(code, content);
        return ids;
    }
}
