package org.nianbao.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.nianbao.demo.Generator;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;

/**
 * {@code Generate <data-dir> <reports> [last-year] [years]}: creates an embedded PostgreSQL in {@code data-dir} (as the
 * portal's trial does with {@code --nianbao.embedded-db.data-dir}), migrates it with the portal's Flyway migrations
 * and fills it with about {@code reports} published reports ({@link Generator}), one transaction per city.
 */
public final class Generate {

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]).toAbsolutePath();
        int reports = Integer.parseInt(args[1]);
        int lastYear = args.length > 2 ? Integer.parseInt(args[2]) : LocalDate.now().getYear() - 1;
        int years = args.length > 3 ? Integer.parseInt(args[3]) : 6;
        if (Files.exists(dir.resolve("PG_VERSION"))) {
            throw new IllegalStateException(dir + " already holds a database: remove it to generate again");
        }
        Files.createDirectories(dir);
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(dir)
                .setCleanDataDirectory(false).start()) {
            PGSimpleDataSource ds = new PGSimpleDataSource();
            ds.setURL(postgres.getJdbcUrl("postgres", "postgres") + "&reWriteBatchedInserts=true");
            ds.setUser("postgres");
            Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
            SingleConnectionDataSource connection = new SingleConnectionDataSource(ds.getConnection(), true);
            DataSourceTransactionManager transactions = new DataSourceTransactionManager(connection);
            JdbcTemplate jdbc = new JdbcTemplate(connection);
            jdbc.execute("set synchronous_commit = off"); // a generator: losing the last commits on a crash is fine
            long started = System.nanoTime();
            // the search indexes (GIN, V80) are built once at the end: far faster than row by row
            List<String> searchIndexes = jdbc.queryForList("select indexdef from pg_indexes where schemaname = 'public'"
                    + " and indexdef like '%USING gin%'", String.class);
            for (String index : searchIndexes) {
                jdbc.execute("drop index " + index.replaceFirst("^CREATE INDEX (\\S+) .*$", "$1"));
            }
            TransactionStatus[] tx = {transactions.getTransaction(new DefaultTransactionDefinition())};
            Generator.Generated generated = new Generator(jdbc, 2026).generate("gen", reports, lastYear, years, () -> {
                transactions.commit(tx[0]);
                tx[0] = transactions.getTransaction(new DefaultTransactionDefinition());
                System.out.printf("%6.0f s: %d reports%n", (System.nanoTime() - started) / 1e9,
                        jdbc.queryForObject("select count(*) from report", Long.class));
            });
            transactions.commit(tx[0]);
            System.out.printf("%6.0f s: building the search indexes%n", (System.nanoTime() - started) / 1e9);
            jdbc.execute("set maintenance_work_mem = '256MB'");
            for (String index : searchIndexes) {
                jdbc.execute(index);
            }
            jdbc.execute("vacuum analyze");
            System.out.printf("generated %d agencies and %d published reports (%d–%d) in %.0f s; province %s, city %s,"
                    + " county %s%n", generated.agencies(), generated.reports(), lastYear - years + 1, lastYear,
                    (System.nanoTime() - started) / 1e9, generated.province(), generated.city(), generated.county());
            connection.destroy();
        }
    }

    private Generate() {
    }
}
