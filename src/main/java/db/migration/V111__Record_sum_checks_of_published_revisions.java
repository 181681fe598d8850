package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.nianbao.rollup.SumChecks;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Records {@code report.sums_pass} (V110) for every revision published before it, with the SQL the roll-up uses
 * ({@link SumChecks}), which is generated from the editions' declaration and so cannot be written out in a SQL
 * migration.
 */
public class V111__Record_sum_checks_of_published_revisions extends BaseJavaMigration {

    @Override
    public void migrate(Context context) {
        SumChecks.recordMissing(JdbcClient.create(new SingleConnectionDataSource(context.getConnection(), true)));
    }
}
