package org.nianbao.statutory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every row, column and printed header of both editions says what it means. */
class HelpTest {

    static Stream<Arguments> tables() {
        return Edition.all().stream().flatMap(e -> e.tables().stream().map(t -> Arguments.of(e, t)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("tables")
    void everyRowAndEveryColumnHasAHelpText(Edition edition, StatTable table) {
        List<String> missing = new ArrayList<>();
        for (Row row : table.rows()) {
            if (isBlank(edition.help().row(table.code(), row.code()))) {
                missing.add("row " + row.code());
            }
            for (Column column : row.columns()) {
                if (isBlank(edition.help().column(table.code(), column.code()))) {
                    missing.add("column " + column.code());
                }
            }
        }
        assertThat(missing).as(edition + " " + table.name()).isEmpty();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("tables")
    void everyPrintedHeaderButTheCornerNoteHasAHelpText(Edition edition, StatTable table) {
        List<String> missing = TableLayout.of(table).lines().stream().flatMap(l -> l.items().stream())
                .filter(i -> i.kind() == TableLayout.Item.Kind.HEADER)
                .filter(i -> isBlank(edition.help().header(table, i.text()))).map(TableLayout.Item::text).toList();
        assertThat(missing).as(edition + " " + table.name()).isEmpty();
    }

    @Test
    void theNoticesOwnWordsAreKept() {
        Help help = Edition.E2021.help();
        assertThat(help.row("applications", "partly_granted")).contains("区分处理的，只计这一情形，不计其他情形");
        assertThat(help.row("review_litigation", "suit_after_review")).contains("复议机关作共同被告的，只计入");
        assertThat(help.column("proactive", "decisions")).contains("公开的和未公开的");
        assertThat(help.header(Edition.E2021.table("applications").orElseThrow(), "（三）不予公开"))
                .contains("不予公开");
    }

    @Test
    void aCodeSharedByBothEditionsMeansWhatEachEditionPrints() {
        String fees = Edition.E2021.help().column("proactive", "amount");
        String procurement = Edition.E2019.help().column("proactive", "amount");
        assertThat(fees).contains("收费");
        assertThat(procurement).contains("采购").doesNotContain("收费");
        assertThat(Edition.E2021.help().row("proactive", "procurement")).as("only the 2019 edition has it").isNull();
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
