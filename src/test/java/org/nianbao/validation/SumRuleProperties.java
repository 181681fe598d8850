package org.nianbao.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.nianbao.statutory.Cell;
import org.nianbao.statutory.Edition;
import org.nianbao.statutory.ReportContent;

/** The sum rules R1–R4 hold exactly for balanced reports and catch any single changed figure of tables 3 and 4. */
class SumRuleProperties {

    private static final Set<String> SUM_RULES = Set.of("R1", "R2", "R3", "R4");

    /** One cell of a balanced report set to another figure. */
    record Change(ReportContent report, Cell cell, int value) {
    }

    @Property(tries = 200)
    void aReportWhoseTotalsAreComputedFromItsPartsBreaksNoSumRule(@ForAll("balancedReports") ReportContent report) {
        assertThat(sumFindings(report)).isEmpty();
    }

    @Property(tries = 200)
    void changingAnyFigureOfTablesThreeOrFourIsReportedOnThatCell(@ForAll("changes") Change change) {
        BigDecimal before = change.report().value(change.cell());
        Assume.that(before.intValueExact() != change.value());

        ReportContent changed = Reports.with(change.report(), change.cell(), BigDecimal.valueOf(change.value()));

        assertThat(sumFindings(changed)).anySatisfy(f -> assertThat(f.cells()).contains(change.cell()));
    }

    @Provide
    Arbitrary<ReportContent> balancedReports() {
        Arbitrary<Edition> editions = Arbitraries.of(Edition.all());
        Arbitrary<List<Integer>> figures = Arbitraries.integers().between(0, 1000).list().ofMinSize(1).ofMaxSize(60);
        return Combinators.combine(editions, figures).as((edition, values) ->
                Reports.balanced(edition, edition.firstYear(), values));
    }

    @Provide
    Arbitrary<Change> changes() {
        return balancedReports().flatMap(report -> {
            List<Cell> cells = report.edition().tables().stream()
                    .filter(t -> t.code().equals("applications") || t.code().equals("review_litigation"))
                    .flatMap(t -> t.cells().stream()).toList();
            return Combinators.combine(Arbitraries.of(cells), Arbitraries.integers().between(0, 1000))
                    .as((cell, value) -> new Change(report, cell, value));
        });
    }

    private static List<Finding> sumFindings(ReportContent report) {
        return Validator.validate(report, null).stream().filter(f -> SUM_RULES.contains(f.rule())).toList();
    }
}
