package org.nianbao.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** The one line printed when the portal is started for production without a database. */
class NoDatabaseFailureAnalyzer extends AbstractFailureAnalyzer<DatabaseRequired.NoDatabaseConfigured> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DatabaseRequired.NoDatabaseConfigured cause) {
        return new FailureAnalysis(cause.getMessage(),
                "请设置 SPRING_DATASOURCE_URL、SPRING_DATASOURCE_USERNAME、SPRING_DATASOURCE_PASSWORD 指向 PostgreSQL；"
                        + "若只想试用（内置数据库和演示账号），请用 ./mvnw spring-boot:run 或 "
                        + "java -jar nianbao.jar --spring.profiles.active=trial 启动。",
                null);
    }
}
