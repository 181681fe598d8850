package org.nianbao.database;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.env.Environment;

/**
 * Turns "the database cannot be reached at start-up" into one clear line naming the URL and what to do, instead
 * of a page of stack trace.
 */
class DatabaseUnreachableFailureAnalyzer extends AbstractFailureAnalyzer<SQLException> {

    private final Environment environment;

    DatabaseUnreachableFailureAnalyzer(Environment environment) {
        this.environment = environment;
    }

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, SQLException cause) {
        if (!isConnectionFailure(cause)) {
            return null;
        }
        String url = environment == null ? null : environment.getProperty("spring.datasource.url");
        String target = url == null ? "内置 PostgreSQL" : url;
        return new FailureAnalysis(
                "无法连接数据库 " + target + "：" + rootMessage(cause),
                "请确认 PostgreSQL 正在运行且可以访问，并检查 SPRING_DATASOURCE_URL、SPRING_DATASOURCE_USERNAME、"
                        + "SPRING_DATASOURCE_PASSWORD；若只想试用，请去掉这些设置，门户会启动内置数据库。",
                cause);
    }

    private static boolean isConnectionFailure(SQLException e) {
        String state = e.getSQLState();
        if (state != null && (state.startsWith("08") || state.equals("28P01") || state.equals("3D000"))) {
            return true;
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof UnknownHostException) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == e ? String.valueOf(e.getMessage()) : e.getMessage() + "（" + root.getMessage() + "）";
    }
}
