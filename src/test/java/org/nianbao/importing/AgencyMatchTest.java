package org.nianbao.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A report's title names its agency: exact, then folded, then by the name it ends with, then by similarity. */
class AgencyMatchTest {

    private static final List<AgencyMatch.Candidate> AGENCIES = List.of(
            new AgencyMatch.Candidate("luhun", "陆浑镇人民政府"),
            new AgencyMatch.Candidate("tianhu", "田湖镇人民政府"),
            new AgencyMatch.Candidate("jiaoyu", "嵩县教育局"));

    @Test
    void anExactNameMatchesExactly() {
        assertThat(AgencyMatch.of("陆浑镇人民政府", AGENCIES)).contains(new AgencyMatch("luhun", "陆浑镇人民政府", false));
    }

    @Test
    void foldedPrefixedAndMistypedNamesMatchApproximately() {
        assertThat(AgencyMatch.of("陆浑镇 人民政府", AGENCIES)).contains(new AgencyMatch("luhun", "陆浑镇人民政府", true));
        assertThat(AgencyMatch.of("嵩县陆浑镇人民政府", AGENCIES)).contains(new AgencyMatch("luhun", "陆浑镇人民政府", true));
        assertThat(AgencyMatch.of("嵩县教育体育局", AGENCIES)).isEmpty();
        assertThat(AgencyMatch.of("田湖镇人民政付", AGENCIES)).contains(new AgencyMatch("tianhu", "田湖镇人民政府", true));
    }

    @Test
    void anUnknownOrMissingNameMatchesNothing() {
        assertThat(AgencyMatch.of("栾川县人民政府", AGENCIES)).isEmpty();
        assertThat(AgencyMatch.of("", AGENCIES)).isEmpty();
        assertThat(AgencyMatch.of(null, AGENCIES)).isEmpty();
    }
}
