package org.nianbao.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Counts are exact up to 1,000 and shown as "1,000+" beyond (the search stops counting at 1,001). */
class CountDisplayTest {

    @ParameterizedTest
    @CsvSource({"0, 0", "1, 1", "999, 999", "1000, 1000", "1001, '1,000+'", "250000, '1,000+'"})
    void hitsBeyondOneThousandShowAsOneThousandPlus(long total, String shown) {
        assertThat(new ReportSearch.Results(List.of(), total, 1, 1).totalText()).isEqualTo(shown);
    }

    @ParameterizedTest
    @CsvSource({"舆情, %q舆q情q%", "镇, %q镇q%", "AbC, %qaqbqcq%", "5%_, %q5q\\%q\\_q%"})
    void aTermOfAnyLengthBecomesAPatternOfTheInterleavedText(String term, String pattern) {
        assertThat(SearchQuery.gramsPattern(term)).isEqualTo(pattern);
    }
}
