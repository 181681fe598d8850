package org.nianbao.rollup;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.flywaydb.core.Flyway;
import org.nianbao.TestDatabase;
import org.nianbao.report.BulkReports;
import org.nianbao.statutory.Cell;
import org.nianbao.statutory.Column;
import org.nianbao.statutory.Edition;
import org.nianbao.statutory.ReportContent;
import org.nianbao.validation.Finding;
import org.nianbao.validation.Reports;
import org.nianbao.validation.Validator;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The roll-up, computed in SQL on the real database, keeps the sum rules: the roll-up of reports that pass R1–R4
 * passes R1–R4, and R5 holds between two consecutive years' roll-ups when it holds for every agency. Each try stores
 * its own city and agencies in a transaction that is rolled back.
 */
class RollupProperties {

    private static final Set<String> SUM_RULES = Set.of("R1", "R2", "R3", "R4");
    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000);
    private static DataSource dataSource;

    private static synchronized DataSource dataSource() {
        if (dataSource == null) {
            Map<String, Object> db = TestDatabase.connection();
            PGSimpleDataSource ds = new PGSimpleDataSource();
            ds.setURL((String) db.get("spring.datasource.url"));
            ds.setUser((String) db.get("spring.datasource.username"));
            ds.setPassword((String) db.get("spring.datasource.password"));
            Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
            dataSource = ds;
        }
        return dataSource;
    }

    @Property(tries = 25)
    void theRollupOfReportsPassingTheSumRulesPassesThem(@ForAll @IntRange(min = 1, max = 6) int agencies,
            @ForAll @LongRange(min = 0, max = 1_000_000) long seed, @ForAll boolean edition2019) {
        int year = edition2019 ? 2020 : 2022;
        Edition edition = Edition.forYear(year).orElseThrow();
        inRolledBackTransaction(jdbc -> {
            String city = city(jdbc);
            List<ReportContent> contents = new ArrayList<>();
            for (int i = 0; i < agencies; i++) {
                ReportContent report = Reports.balanced(edition, year, seed + i);
                assertThat(sumFindings(report)).isEmpty();
                contents.add(report);
            }
            publishUnder(jdbc, city, contents, i -> i % 2 == 0); // half of them a level further down

            Rollup rollup = new Rollups(JdbcClient.create(jdbc.getDataSource())).of(city, year, true).orElseThrow();

            assertThat(rollup.included()).hasSize(agencies);
            assertThat(rollup.failing()).isEmpty();
            assertThat(sumFindings(rollup.content())).isEmpty();
            // and it is the sum: every cell of the roll-up is the sum of the reports' cells
            for (Cell cell : edition.cells()) {
                BigDecimal sum = ReportContent.sum(Map.copyOf(flatten(contents, cell)), cells(contents.size(), cell));
                if (sum == null) {
                    assertThat(rollup.content().value(cell)).as(cell.key()).isNull();
                } else {
                    assertThat(rollup.content().value(cell)).as(cell.key()).isEqualByComparingTo(sum);
                }
            }
        });
    }

    @Property(tries = 15)
    void r5HoldsBetweenConsecutiveRollupsWhenItHoldsForEveryAgency(@ForAll @IntRange(min = 1, max = 5) int agencies,
            @ForAll @LongRange(min = 0, max = 1_000_000) long seed) {
        Edition edition = Edition.E2021;
        inRolledBackTransaction(jdbc -> {
            String city = city(jdbc);
            List<ReportContent> previous = new ArrayList<>();
            List<ReportContent> current = new ArrayList<>();
            for (int i = 0; i < agencies; i++) {
                Reports.Years years = Reports.consecutive(edition, 2022, edition, seed + 10L * i);
                assertThat(Validator.validate(years.current(), years.previous()))
                        .noneMatch(f -> f.rule().equals("R5"));
                previous.add(years.previous());
                current.add(years.current());
            }
            List<String> codes = publishUnder(jdbc, city, previous, i -> false);
            publishFor(jdbc, codes, current);

            Rollups rollups = new Rollups(JdbcClient.create(jdbc.getDataSource()));
            ReportContent last = rollups.of(city, 2021, true).orElseThrow().content();
            ReportContent now = rollups.of(city, 2022, true).orElseThrow().content();

            assertThat(Validator.validate(now, last)).noneMatch(f -> f.rule().equals("R5"));
            for (Column column : edition.table("applications").orElseThrow().columns()) {
                assertThat(now.value("applications", "carried_in", column.code()))
                        .isEqualByComparingTo(last.value("applications", "carried_out", column.code()));
            }
        });
    }

    // ---- fixtures ------------------------------------------------------------------------------------------------

    private interface Body {
        void run(JdbcTemplate jdbc);
    }

    private static void inRolledBackTransaction(Body body) {
        DataSource ds = dataSource();
        new TransactionTemplate(new DataSourceTransactionManager(ds)).executeWithoutResult(status -> {
            status.setRollbackOnly();
            body.run(new JdbcTemplate(ds));
        });
    }

    private static String city(JdbcTemplate jdbc) {
        String code = "t14prop-" + SEQUENCE.incrementAndGet();
        jdbc.update("insert into agency (code, name, kind) values (?, '性质测试市人民政府', 'CITY')", code);
        return code;
    }

    /** Registers an agency per content under the city (or under a county of the city) and publishes the content. */
    private static List<String> publishUnder(JdbcTemplate jdbc, String city, List<ReportContent> contents,
            java.util.function.IntPredicate deeper) {
        long cityId = jdbc.queryForObject("select id from agency where code = ?", Long.class, city);
        long countyId = jdbc.queryForObject("insert into agency (code, name, kind, parent_id) values (?, '性质测试县人民政府',"
                + " 'COUNTY', ?) returning id", Long.class, city + "-county", cityId);
        List<String> codes = new ArrayList<>();
        List<BulkReports.Published> published = new ArrayList<>();
        for (int i = 0; i < contents.size(); i++) {
            String code = city + "-a" + i;
            long id = jdbc.queryForObject("insert into agency (code, name, kind, parent_id) values (?, ?, 'DEPARTMENT',"
                    + " ?) returning id", Long.class, code, "性质测试部门" + i, deeper.test(i) ? countyId : cityId);
            codes.add(code);
            published.add(new BulkReports.Published(id, contents.get(i), Instant.parse("2023-01-10T02:00:00Z")));
        }
        new BulkReports(jdbc).insert(published);
        return codes;
    }

    private static void publishFor(JdbcTemplate jdbc, List<String> codes, List<ReportContent> contents) {
        List<BulkReports.Published> published = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            long id = jdbc.queryForObject("select id from agency where code = ?", Long.class, codes.get(i));
            published.add(new BulkReports.Published(id, contents.get(i), Instant.parse("2023-01-10T02:00:00Z")));
        }
        new BulkReports(jdbc).insert(published);
    }

    private static List<Finding> sumFindings(ReportContent report) {
        return Validator.validate(report, null).stream().filter(f -> SUM_RULES.contains(f.rule())).toList();
    }

    /** The reports' figures in {@code cell} as cells of their own (one per report), to add them with ReportContent.sum. */
    private static Map<Cell, BigDecimal> flatten(List<ReportContent> contents, Cell cell) {
        Map<Cell, BigDecimal> values = new java.util.HashMap<>();
        for (int i = 0; i < contents.size(); i++) {
            BigDecimal value = contents.get(i).value(cell);
            if (value != null) {
                values.put(new Cell(cell.table(), cell.row(), cell.column() + "#" + i), value);
            }
        }
        return values;
    }

    private static List<Cell> cells(int n, Cell cell) {
        return java.util.stream.IntStream.range(0, n)
                .mapToObj(i -> new Cell(cell.table(), cell.row(), cell.column() + "#" + i)).toList();
    }
}
