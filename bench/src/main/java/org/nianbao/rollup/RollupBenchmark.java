package org.nianbao.rollup;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.nianbao.report.BulkReports;
import org.nianbao.statutory.Cell;
import org.nianbao.statutory.Edition;
import org.nianbao.statutory.ReportContent;
import org.nianbao.statutory.ValueKind;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Roll-ups on a generated province: 河南-sized, 20 cities × 30 counties × 60 agencies below each county, plus 200
 * departments per city: 40,620 agencies with a published 2022 report each, stored through {@link BulkReports} exactly
 * as the portal stores reports, each with its R1–R4 result recorded as publishing records it ({@link SumChecks}).
 * The database (an embedded PostgreSQL in {@code bench/target/rollup-db}, kept between
 * runs) is generated once; delete the directory to generate it again.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RollupBenchmark {

    static final int CITIES = 20;
    static final int COUNTIES_PER_CITY = 30;
    static final int AGENCIES_PER_COUNTY = 60;
    static final int DEPARTMENTS_PER_CITY = 200;
    static final int YEAR = 2022;

    private EmbeddedPostgres postgres;
    private SingleConnectionDataSource connection;
    private Rollups rollups;

    @Setup(Level.Trial)
    public void setUp() throws IOException, SQLException {
        Path dir = Path.of(System.getProperty("rollup.db", "target/rollup-db"));
        boolean fresh = !Files.exists(dir.resolve("PG_VERSION"));
        Files.createDirectories(dir);
        postgres = EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(false).start();
        DataSource ds = postgres.getPostgresDatabase();
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(ds);
        if (fresh || jdbc.queryForObject("select count(*) from agency where code = 'bench-province'", Long.class) == 0) {
            long started = System.nanoTime();
            new TransactionTemplate(new DataSourceTransactionManager(ds)).executeWithoutResult(s -> {
                generate(jdbc);
                // what publishing records for each revision (BulkReports stores rows only)
                SumChecks.recordMissing(JdbcClient.create(jdbc));
            });
            jdbc.execute("analyze");
            System.out.printf("generated %d agencies and reports in %.1f s%n",
                    jdbc.queryForObject("select count(*) from agency", Long.class), (System.nanoTime() - started) / 1e9);
        }
        Connection c = ds.getConnection();
        connection = new SingleConnectionDataSource(c, true);
        rollups = new Rollups(JdbcClient.create(connection));
        check(rollups.of("bench-c0-0", YEAR, true).orElseThrow(), AGENCIES_PER_COUNTY);
        check(rollups.of("bench-province", YEAR, true).orElseThrow(),
                CITIES * (1 + DEPARTMENTS_PER_CITY + COUNTIES_PER_CITY * (1 + AGENCIES_PER_COUNTY)));
    }

    private static void check(Rollup rollup, int expected) {
        if (rollup.included().size() + rollup.missing().size() != expected) {
            throw new IllegalStateException(rollup.government().code() + ": " + rollup.included().size() + " + "
                    + rollup.missing().size() + " agencies, expected " + expected);
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        connection.destroy();
        postgres.close();
    }

    /** A county's roll-up: its 60 townships and departments. */
    @Benchmark
    public Rollup county60() {
        return rollups.of("bench-c0-0", YEAR, true).orElseThrow();
    }

    /** The province's roll-up over every level: 40,620 agencies. */
    @Benchmark
    public Rollup province40000() {
        return rollups.of("bench-province", YEAR, true).orElseThrow();
    }

    // ---- the generator ---------------------------------------------------------------------------------------------

    private static void generate(JdbcTemplate jdbc) {
        Random random = new Random(2022);
        long province = insert(jdbc, "bench-province", "基准省人民政府", "PROVINCE", null);
        List<BulkReports.Published> batch = new ArrayList<>();
        Instant at = Instant.parse("2023-01-20T02:00:00Z");
        BulkReports bulk = new BulkReports(jdbc);
        for (int c = 0; c < CITIES; c++) {
            long city = insert(jdbc, "bench-c" + c, "基准市" + c, "CITY", province);
            batch.add(new BulkReports.Published(city, content(random), at));
            for (int d = 0; d < DEPARTMENTS_PER_CITY; d++) {
                long dept = insert(jdbc, "bench-c" + c + "-d" + d, "基准市" + c + "部门" + d, "DEPARTMENT", city);
                batch.add(new BulkReports.Published(dept, content(random), at));
            }
            for (int k = 0; k < COUNTIES_PER_CITY; k++) {
                String code = "bench-c" + c + "-" + k;
                long county = insert(jdbc, code, "基准县" + c + "-" + k, "COUNTY", city);
                batch.add(new BulkReports.Published(county, content(random), at));
                for (int a = 0; a < AGENCIES_PER_COUNTY; a++) {
                    boolean township = a < 20;
                    long agency = insert(jdbc, code + "-" + a, "基准机关" + c + "-" + k + "-" + a,
                            township ? "TOWNSHIP" : "DEPARTMENT", county);
                    batch.add(new BulkReports.Published(agency, content(random), at));
                }
            }
            bulk.insert(batch);
            batch.clear();
        }
    }

    private static long insert(JdbcTemplate jdbc, String code, String name, String kind, Long parent) {
        return jdbc.queryForObject("insert into agency (code, name, kind, parent_id) values (?, ?, ?, ?) returning id",
                Long.class, code, name, kind, parent);
    }

    /** A 2021-edition report with figures from 0 to 30 and its totals computed, as the editor stores them. */
    private static ReportContent content(Random random) {
        Edition edition = Edition.forYear(YEAR).orElseThrow();
        Map<Cell, BigDecimal> values = new HashMap<>();
        for (Cell cell : edition.cells()) {
            if (!edition.isDerived(cell)) {
                values.put(cell, edition.kind(cell) == ValueKind.AMOUNT
                        ? BigDecimal.valueOf(random.nextInt(3000), 2) : BigDecimal.valueOf(random.nextInt(31)));
            }
        }
        return new ReportContent("bench", "基准", YEAR, edition, ReportContent.sections("基准。", "基准。", "无"), values)
                .withComputedTotals();
    }
}
