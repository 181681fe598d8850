package org.nianbao.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nianbao.NianbaoApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** A database that cannot be reached at start-up stops the portal with one clear line, not a stack trace. */
@ExtendWith(OutputCaptureExtension.class)
class UnreachableDatabaseTest {

    private static final String URL = "jdbc:postgresql://127.0.0.1:1/nianbao";

    @Test
    void startUpFailsWithOneLineNamingTheUrlAndWhatToDo(CapturedOutput output) {
        assertThatThrownBy(() -> new SpringApplicationBuilder(NianbaoApplication.class).run(
                "--server.port=0", "--spring.datasource.url=" + URL,
                "--spring.datasource.username=nianbao", "--spring.datasource.password=x"))
                .isInstanceOf(Exception.class);
        assertThat(output.getAll())
                .contains("无法连接数据库 " + URL)
                .contains("SPRING_DATASOURCE_URL")
                .doesNotContain("\tat ");
    }
}
