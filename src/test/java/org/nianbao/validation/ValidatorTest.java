package org.nianbao.validation;

import static java.math.BigDecimal.ONE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.nianbao.validation.Reports.plus;
import static org.nianbao.validation.Reports.with;
import static org.nianbao.validation.Reports.withSection;
import static org.nianbao.validation.Reports.without;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nianbao.statutory.Cell;
import org.nianbao.statutory.Edition;
import org.nianbao.statutory.ReportContent;
import org.nianbao.statutory.ValueKind;
import org.nianbao.validation.Reports.Years;

class ValidatorTest {

    private static final long SEED = 7;
    private static final BigDecimal TWO = BigDecimal.valueOf(2);
    private static final List<String> APPLICANTS = List.of("natural_person", "commercial", "research",
            "public_interest", "legal_services", "other_org");

    /** A finding without its message: what the table-driven cases compare. */
    record Shape(String rule, Severity severity, String table, List<Cell> cells, BigDecimal left, BigDecimal right,
            BigDecimal difference) {

        static Shape of(Finding finding) {
            return new Shape(finding.rule(), finding.severity(), finding.table(), finding.cells(), finding.left(),
                    finding.right(), finding.difference());
        }
    }

    /** A report broken in one place and the findings of {@code rule} it must produce (none: the rule is silent). */
    record Case(String name, String rule, ReportContent report, ReportContent previous, List<Shape> expected) {

        @Override
        public String toString() {
            return name;
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenReports")
    void aBrokenRuleIsReportedWithItsSeverityTableCellsAndBothSides(Case brokenReport) {
        List<Shape> found = Validator.validate(brokenReport.report(), brokenReport.previous()).stream()
                .filter(f -> f.rule().equals(brokenReport.rule())).map(Shape::of).toList();

        assertThat(found).containsExactlyElementsOf(brokenReport.expected());
    }

    static Stream<Case> brokenReports() {
        return Stream.of(Edition.E2019, Edition.E2021).flatMap(ValidatorTest::brokenReports);
    }

    private static Stream<Case> brokenReports(Edition edition) {
        Years years = sameEditionYears(edition);
        ReportContent base = years.current();
        ReportContent last = years.previous();
        String on = edition + " ";
        List<Case> cases = new ArrayList<>();

        List<Cell> r1 = List.of(app("received", "natural_person"), app("carried_in", "natural_person"),
                app("results_total", "natural_person"), app("carried_out", "natural_person"));
        BigDecimal r1Side = Reports.sum(base, r1.subList(2, 4));
        cases.add(new Case(on + "R1: 第一项 one too many", "R1", plus(base, r1.get(0), 1), last,
                List.of(error("R1", "applications", r1, r1Side.add(ONE), r1Side, ONE))));

        Cell resultsTotal = app("results_total", "commercial");
        List<Cell> r2 = new ArrayList<>(List.of(resultsTotal));
        edition.table("applications").orElseThrow().row("results_total").orElseThrow().parts()
                .forEach(row -> r2.add(app(row, "commercial")));
        BigDecimal results = base.value(resultsTotal);
        cases.add(new Case(on + "R2: printed 第三项（七）总计 one too many", "R2", plus(base, resultsTotal, 1), last,
                List.of(error("R2", "applications", r2, results.add(ONE), results, ONE))));

        Cell carriedInTotal = app("carried_in", "total");
        List<Cell> r3 = new ArrayList<>(List.of(carriedInTotal));
        APPLICANTS.forEach(column -> r3.add(app("carried_in", column)));
        BigDecimal carriedIn = base.value(carriedInTotal);
        cases.add(new Case(on + "R3: printed 第二项 总计 two too many", "R3", plus(base, carriedInTotal, 2), last,
                List.of(error("R3", "applications", r3, carriedIn.add(TWO), carriedIn, TWO))));

        List<Cell> r4 = List.of(review("review", "total"), review("review", "upheld"), review("review", "corrected"),
                review("review", "other"), review("review", "pending"));
        BigDecimal reviews = base.value(r4.get(0));
        cases.add(new Case(on + "R4: printed 行政复议 总计 one too few", "R4", plus(base, r4.get(0), -1), last,
                List.of(error("R4", "review_litigation", r4, reviews.subtract(ONE), reviews, ONE.negate()))));

        Cell granted = app("granted", "research");
        cases.add(new Case(on + "B1: a blank in table 3", "B1", without(base, granted), last,
                List.of(error("B1", "applications", List.of(granted), null, null, null))));
        Cell licensing = new Cell("proactive", "licensing", "decisions");
        cases.add(new Case(on + "B1: a blank in table 2", "B1", without(base, licensing), last,
                List.of(error("B1", "proactive", List.of(licensing), null, null, null))));

        Cell upheld = review("review", "upheld");
        cases.add(new Case(on + "V1: a negative count", "V1", with(base, upheld, BigDecimal.valueOf(-1)), last,
                List.of(error("V1", "review_litigation", List.of(upheld), null, null, null))));
        Cell partly = app("partly_granted", "natural_person");
        cases.add(new Case(on + "V1: a fraction of an application", "V1", with(base, partly, new BigDecimal("0.5")),
                last, List.of(error("V1", "applications", List.of(partly), null, null, null))));

        Cell amount = edition.cells().stream().filter(c -> edition.kind(c) == ValueKind.AMOUNT).findFirst()
                .orElseThrow();
        cases.add(new Case(on + "V2: a negative amount", "V2", with(base, amount, new BigDecimal("-1.5")), last,
                List.of(error("V2", "proactive", List.of(amount), null, null, null))));
        cases.add(new Case(on + "V2: seven decimal places", "V2", with(base, amount, new BigDecimal("0.1234567")),
                last, List.of(error("V2", "proactive", List.of(amount), null, null, null))));

        Cell thisIn = app("carried_in", "natural_person");
        BigDecimal lastOut = last.value(app("carried_out", "natural_person"));
        cases.add(new Case(on + "R5: 上年结转 one more than last year's 结转", "R5", plus(base, thisIn, 1), last,
                List.of(warning("R5", "applications", List.of(thisIn), lastOut.add(ONE), lastOut, ONE))));
        cases.add(new Case(on + "R5: silent without last year's report", "R5", plus(base, thisIn, 1), null,
                List.of()));

        if (edition == Edition.E2021) {
            List<Cell> r6 = List.of(proactive("regulations", "in_force"), proactive("regulations", "issued"),
                    proactive("regulations", "repealed"));
            BigDecimal inForce = base.value(r6.get(0));
            cases.add(new Case(on + "R6: 现行有效件数 one too many", "R6", plus(base, r6.get(0), 1), last,
                    List.of(warning("R6", "proactive", r6, inForce.add(ONE), inForce, ONE))));
            List<Cell> r6Documents = List.of(proactive("normative_documents", "in_force"),
                    proactive("normative_documents", "issued"), proactive("normative_documents", "repealed"));
            BigDecimal documents = base.value(r6Documents.get(0));
            cases.add(new Case(on + "R6: two more issued, 现行有效件数 unchanged", "R6", plus(base, r6Documents.get(1), 2),
                    last, List.of(warning("R6", "proactive", r6Documents, documents, documents.add(TWO),
                            TWO.negate()))));
            Years after2020 = Reports.consecutive(edition, 2021, Edition.E2019, SEED);
            cases.add(new Case(on + "R6: silent against a 2019-edition report on 2020", "R6",
                    plus(after2020.current(), r6.get(0), 1), after2020.previous(), List.of()));
            cases.add(new Case(on + "T3: 一、总体情况 of 1001 characters", "T3",
                    withSection(base, "overview", "政".repeat(1001)), last,
                    List.of(new Shape("T3", Severity.WARNING, null, List.of(), null, null, null))));
        } else {
            List<Cell> published = List.of(proactive("normative_documents", "total_published"),
                    proactive("normative_documents", "new_published"));
            BigDecimal total = base.value(published.get(0));
            cases.add(new Case(on + "R7: 对外公开总数量 one too many", "R7", plus(base, published.get(0), 1), last,
                    List.of(warning("R7", "proactive", published, total.add(ONE), total, ONE))));
            Cell items = proactive("penalty", "items_last_year");
            BigDecimal itemsLastYear = base.value(items);
            cases.add(new Case(on + "R7: 上一年项目数量 one too few", "R7", plus(base, items, -1), last,
                    List.of(warning("R7", "proactive", List.of(items), itemsLastYear.subtract(ONE), itemsLastYear,
                            ONE.negate()))));
            cases.add(new Case(on + "T3: the 2019 edition sets no length", "T3",
                    withSection(base, "overview", "政".repeat(1001)), last, List.of()));
        }

        cases.add(new Case(on + "T4: 六 says only 无", "T4", withSection(base, "other_matters", "无"), last,
                List.of(new Shape("T4", Severity.WARNING, null, List.of(), null, null, null))));
        return cases.stream();
    }

    static Stream<Years> consistentYears() {
        return Stream.of(sameEditionYears(Edition.E2019), sameEditionYears(Edition.E2021),
                Reports.consecutive(Edition.E2021, 2021, Edition.E2019, SEED));
    }

    @ParameterizedTest
    @MethodSource("consistentYears")
    void aBalancedReportConsistentWithLastYearHasNoFinding(Years years) {
        assertThat(Validator.validate(years.current(), years.previous())).isEmpty();
    }

    @Test
    void theSample2021FiguresPassTheSumRules() {
        ReportContent luhun = Reports.zeros(Edition.E2021, 2021);
        luhun = with(luhun, proactive("licensing", "decisions"), BigDecimal.valueOf(5));
        luhun = with(luhun, proactive("penalty", "decisions"), ONE);
        luhun = withSection(luhun, "other_matters", "无");

        List<Finding> findings = Validator.validate(luhun, null);

        assertThat(findings).extracting(Finding::rule).containsExactly("T4");
    }

    @Test
    void aBlankCellSuspendsTheSumRulesItTakesPartIn() {
        ReportContent report = without(sameEditionYears(Edition.E2021).current(), app("received", "natural_person"));

        assertThat(Validator.validate(report, null)).extracting(Finding::rule).containsExactly("B1");
    }

    @Test
    void aSignedCountMayBeNegativeButNotAFraction() {
        ReportContent report = sameEditionYears(Edition.E2019).current();
        Cell change = proactive("licensing", "items_change");

        assertThat(Validator.validate(with(report, change, BigDecimal.valueOf(-3)), null)).isEmpty();
        assertThat(Validator.validate(with(report, change, new BigDecimal("-1.5")), null))
                .extracting(Finding::rule, Finding::cells).containsExactly(tuple("V1",
                        List.of(change)));
    }

    @Test
    void anAmountMayBePrintedWithTrailingZerosBeyondSixPlaces() {
        ReportContent report = with(Reports.zeros(Edition.E2021, 2021), proactive("fees", "amount"),
                new BigDecimal("12.345600000"));

        assertThat(Validator.validate(report, null)).isEmpty();
    }

    @Test
    void theOverviewLengthCountsNoWhitespace() {
        String thousand = "一二三四五，六七八。\n\n".repeat(100);
        ReportContent report = withSection(Reports.zeros(Edition.E2021, 2021), "overview", "　　" + thousand + " ");

        assertThat(Validator.validate(report, null)).isEmpty();
        assertThat(Validator.validate(withSection(report, "overview", thousand + "十"), null))
                .extracting(Finding::rule).containsExactly("T3");
    }

    @Test
    void findingsComeInTheOrderValuesBlanksSumsCrossYearProse() {
        Years years = sameEditionYears(Edition.E2021);
        ReportContent report = with(years.current(), review("review", "upheld"), BigDecimal.valueOf(-1));
        report = without(report, proactive("licensing", "decisions"));
        report = plus(report, app("carried_in", "natural_person"), 1);
        report = withSection(withSection(report, "overview", "政".repeat(1001)), "other_matters", "无");

        assertThat(Validator.validate(report, years.previous())).extracting(Finding::rule)
                .containsExactly("V1", "B1", "R1", "R3", "R4", "R5", "T3", "T4");
    }

    private static Years sameEditionYears(Edition edition) {
        int year = edition == Edition.E2019 ? 2020 : 2022;
        return Reports.consecutive(edition, year, edition, SEED);
    }

    private static Shape error(String rule, String table, List<Cell> cells, BigDecimal left, BigDecimal right,
            BigDecimal difference) {
        return new Shape(rule, Severity.ERROR, table, cells, left, right, difference);
    }

    private static Shape warning(String rule, String table, List<Cell> cells, BigDecimal left, BigDecimal right,
            BigDecimal difference) {
        return new Shape(rule, Severity.WARNING, table, cells, left, right, difference);
    }

    static Cell app(String row, String column) {
        return new Cell("applications", row, column);
    }

    static Cell review(String row, String column) {
        return new Cell("review_litigation", row, column);
    }

    static Cell proactive(String row, String column) {
        return new Cell("proactive", row, column);
    }
}
