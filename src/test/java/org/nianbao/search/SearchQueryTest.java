package org.nianbao.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SearchQueryTest {

    @Test
    void whiteSpaceAndControlCharactersAreCleanedAndTermsSplit() {
        SearchQuery query = SearchQuery.of("  依申请公开\u0000\t陆浑镇　 依申请公开 ");
        assertThat(query.text()).isEqualTo("依申请公开 陆浑镇 依申请公开");
        assertThat(query.terms()).containsExactly("依申请公开", "陆浑镇");
        assertThat(query.truncated()).isFalse();
    }

    @Test
    void aLongQueryIsCutToOneHundredCharacters() {
        SearchQuery query = SearchQuery.of("公".repeat(150));
        assertThat(query.truncated()).isTrue();
        assertThat(query.text()).hasSize(100);
    }

    @Test
    void nothingTypedIsAnEmptyQuery() {
        assertThat(SearchQuery.of(null).isEmpty()).isTrue();
        assertThat(SearchQuery.of(" \u3000 ").terms()).isEmpty();
    }

    @Test
    void likeMetaCharactersAreEscaped() {
        assertThat(SearchQuery.likePattern("100%_a\\b")).isEqualTo("%100\\%\\_a\\\\b%");
    }

    @Test
    void highlightMarksEveryOccurrenceAndKeepsTheText() {
        Highlight h = Highlight.of("依申请公开，共收到依申请公开申请", List.of("依申请公开"));
        assertThat(h.parts()).containsExactly(new Highlight.Part("依申请公开", true), new Highlight.Part("，共收到", false),
                new Highlight.Part("依申请公开", true), new Highlight.Part("申请", false));
    }

    @Test
    void snippetIsCutAroundTheFirstMatch() {
        String text = "甲".repeat(100) + "依申请公开" + "乙".repeat(100);
        Highlight snippet = Highlight.snippet(text, List.of("依申请公开"), 10);
        assertThat(snippet.parts().get(0).text()).isEqualTo("…" + "甲".repeat(10));
        assertThat(snippet.parts().get(1)).isEqualTo(new Highlight.Part("依申请公开", true));
        assertThat(snippet.parts().get(2).text()).isEqualTo("乙".repeat(20) + "…");
        assertThat(Highlight.snippet(text, List.of("没有"), 10).matches()).isFalse();
    }
}
