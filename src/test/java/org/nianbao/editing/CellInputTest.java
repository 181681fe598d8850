package org.nianbao.editing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nianbao.statutory.ValueKind;

/** What a cell of the editor takes: blanks stay blank, counts are whole, amounts have at most 6 decimals. */
class CellInputTest {

    @ParameterizedTest(name = "{0} as {1} -> {2} / {3}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "''                              | COUNT        | null     | null",
            "'   '                           | COUNT        | null     | null",
            "12                              | COUNT        | 12       | null",
            "' 7 '                           | COUNT        | 7        | null",
            "１２                            | COUNT        | 12       | null",
            "'1,234'                         | COUNT        | 1234     | null",
            "abc                             | COUNT        | null     | cell.count",
            "-1                              | COUNT        | null     | cell.count",
            "2.5                             | COUNT        | null     | cell.count",
            "3.0                             | COUNT        | null     | cell.count",
            "1e3                             | COUNT        | null     | cell.count",
            "123456789012345678901234567890  | COUNT        | null     | cell.too-large",
            "2147483648                      | COUNT        | null     | cell.too-large",
            "-3                              | SIGNED_COUNT | -3       | null",
            "－3                             | SIGNED_COUNT | -3       | null",
            "1.5                             | SIGNED_COUNT | null     | cell.signed-count",
            "0.123456                        | AMOUNT       | 0.123456 | null",
            "1.50000000                      | AMOUNT       | 1.5      | null",
            "1.1234567                       | AMOUNT       | null     | cell.amount-scale",
            "-0.5                            | AMOUNT       | null     | cell.amount",
            "１２．５                        | AMOUNT       | 12.5     | null",
            "123456789012345678901234567890  | AMOUNT       | null     | cell.too-large" })
    void readsWhatWasTypedStrictly(String typed, ValueKind kind, String value, String error) {
        CellInput input = CellInput.parse(typed, kind);
        if (value == null) {
            assertThat(input.value()).isNull();
        } else {
            assertThat(input.value()).isEqualByComparingTo(value);
        }
        assertThat(input.error()).isEqualTo(error);
    }
}
