package org.nianbao.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Plain Java reads messages.properties as Spring's MessageSource does, with figures written without grouping. */
class TextTest {

    @Test
    void aMessageWithoutArgumentsIsTakenAsWritten() {
        assertThat(Text.of("done.submitted")).isEqualTo("已提交审核");
    }

    @Test
    void argumentsAreFilledInAndWholeNumbersAreNotGrouped() {
        assertThat(Text.of("text.too-long", 12000, 12345L)).isEqualTo("正文不能超过 12000 字（现有 12345 字）");
        assertThat(Text.of("portal.agency.unknown", "songxian")).isEqualTo("没有机关代码为“songxian”的机关。");
    }

    @Test
    void aCodeBuiltFromDataMayBeMissing() {
        assertThat(Text.find("finding.help.R1")).hasValueSatisfying(help -> assertThat(help).startsWith("常见原因"));
        assertThat(Text.find("finding.help.NO-SUCH-RULE")).isEmpty();
    }

    @Test
    void anUnknownCodeIsAProgrammingError() {
        assertThatThrownBy(() -> Text.of("no.such.message")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no.such.message");
    }
}
