package org.nianbao.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void writesUtf8WithBomCrlfAndRfc4180Quoting() {
        byte[] bytes = Csv.write(List.of("a", "b"), List.of(
                Arrays.asList("逗号,在内", "引号\"在内"), Arrays.asList(null, new BigDecimal("0.35")),
                List.of("换行\n在内", 12)));
        assertThat(Arrays.copyOf(bytes, 3)).isEqualTo(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo(
                "\uFEFFa,b\r\n\"逗号,在内\",\"引号\"\"在内\"\r\n,0.35\r\n\"换行\n在内\",12\r\n");
    }

    @Test
    void textCellsThatSpreadsheetsWouldRunAsFormulasAreInert() {
        assertThat(Csv.field("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(Csv.field("+1+1")).isEqualTo("'+1+1");
        assertThat(Csv.field("-2+3")).isEqualTo("'-2+3");
        assertThat(Csv.field("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(Csv.field("\t=1")).isEqualTo("'\t=1");
        assertThat(Csv.field("\r=1")).isEqualTo("\"'\r=1\"");
        assertThat(Csv.field("陆浑镇=1")).isEqualTo("陆浑镇=1");
        assertThat(Csv.field("-3")).isEqualTo("-3");
        assertThat(Csv.field("-0.35")).isEqualTo("-0.35");
        assertThat(Csv.field(new BigDecimal("-0.35"))).isEqualTo("-0.35");
        assertThat(Csv.field(-4)).isEqualTo("-4");
        assertThat(Csv.field("")).isEmpty();
    }

    @Test
    void figuresAreWrittenExactlyWithoutTrailingZeros() {
        assertThat(PublishedData.exact(new BigDecimal("0.350000"))).isEqualTo(new BigDecimal("0.35"));
        assertThat(PublishedData.exact(new BigDecimal("100.000000")).toPlainString()).isEqualTo("100");
        assertThat(PublishedData.exact(null)).isNull();
    }
}
