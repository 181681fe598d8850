package org.nianbao.statutory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The declaration is consistent with itself: everything that names a code names one an edition declares. */
class StatutoryDeclarationTest {

    @Test
    void everyLabelVariantTheImporterAcceptsIsForADeclaredRow() {
        AcceptedLabels.rowCodes().forEach((table, rows) -> {
            for (String row : rows) {
                assertThat(Edition.all().stream().anyMatch(e -> e.table(table).flatMap(t -> t.row(row)).isPresent()))
                        .as("%s.%s", table, row).isTrue();
            }
        });
    }

    @Test
    void everyCrossYearIdentityNamesCodesOfItsTableInThisAndTheEarlierEdition() {
        for (Edition edition : Edition.all()) {
            for (CrossYearIdentity identity : edition.crossYear()) {
                StatTable table = edition.table(identity.table()).orElseThrow();
                List<CrossYearIdentity.Term> terms = new java.util.ArrayList<>(identity.terms());
                terms.add(identity.target());
                for (CrossYearIdentity.Term term : terms) {
                    // a last-year term may name a code only the earlier edition has (R7's 本年增/减 stays in 2019)
                    boolean declared = Edition.all().stream().flatMap(e -> e.table(identity.table()).stream())
                            .anyMatch(t -> identity.axis() == Identity.Axis.ROWS ? t.row(term.code()).isPresent()
                                    : t.columns().stream().anyMatch(c -> c.code().equals(term.code())));
                    assertThat(declared).as("%s %s %s", edition, identity.rule(), term.code()).isTrue();
                }
                if (identity.axis() == Identity.Axis.COLUMNS) {
                    assertThat(table.columns()).extracting(Column::code).contains(identity.target().code());
                } else {
                    assertThat(table.row(identity.target().code())).isPresent();
                }
            }
        }
    }

    @Test
    void theCrossYearIdentitiesAreR5InBothEditionsR6From2021AndR7Before() {
        assertThat(Edition.E2019.crossYear()).extracting(CrossYearIdentity::rule).containsExactly("R5", "R7", "R7");
        assertThat(Edition.E2021.crossYear()).extracting(CrossYearIdentity::rule).containsExactly("R5", "R6");
        assertThat(Edition.E2021.crossYear().get(0).carriesOver()).isTrue();
        assertThat(Edition.E2021.crossYear().get(1).carriesOver()).isFalse();
    }

    @Test
    void everyRuleWithOneSectionLeadsToIt() {
        assertThat(Edition.E2021.sectionOf("T3")).hasValue("overview");
        assertThat(Edition.E2019.sectionOf("T3")).isEmpty();
        assertThat(Edition.E2019.sectionOf("T4")).hasValue("other_matters");
        assertThat(Edition.E2021.sectionOf("R1")).hasValue("applications");
        assertThat(Edition.E2021.sectionOf("R4")).hasValue("review_litigation");
        assertThat(Edition.E2021.sectionOf("R6")).hasValue("proactive");
        assertThat(Edition.E2021.sectionOf("B1")).isEmpty();
        assertThat(Edition.E2021.sectionOf("T2")).isEmpty();
        for (Edition edition : Edition.all()) {
            for (TextRule rule : edition.textRules()) {
                assertThat(edition.section(rule.section())).as(rule.rule()).hasValueSatisfying(
                        s -> assertThat(s.isProse()).isTrue());
            }
        }
    }

    @Test
    void everyResultRowOfTableThreeIsInOneOfTheSameSixGroups() {
        for (Edition edition : Edition.all()) {
            StatTable table = edition.table("applications").orElseThrow();
            Row total = table.row("results_total").orElseThrow();
            assertThat(total.parts()).allSatisfy(code -> assertThat(table.row(code).orElseThrow().group())
                    .as(code).isNotNull());
            Set<String> groups = new java.util.LinkedHashSet<>(total.parts().stream()
                    .map(code -> table.row(code).orElseThrow().group().code()).toList());
            assertThat(groups).containsExactly("granted", "partly_granted", "denied", "unavailable", "rejected",
                    "other");
            // the group's printed label is the row's second label level, as the table prints it
            assertThat(total.parts()).allSatisfy(code -> assertThat(table.row(code).orElseThrow().labels().get(1))
                    .isEqualTo(table.row(code).orElseThrow().group().label()));
        }
    }

    @Test
    void theTitleIsBuiltInOnePlace() {
        assertThat(Edition.title("陆浑镇人民政府", 2021)).isEqualTo("陆浑镇人民政府2021年政府信息公开工作年度报告");
        assertThat(AcceptedLabels.TITLE_SUFFIX).isEqualTo(Edition.TITLE);
    }

    @Test
    void onlyThe2021EditionLimitsTheOverview() {
        assertThat(Edition.E2021.lengthLimit("overview")).isEqualTo(1000);
        assertThat(Edition.E2019.lengthLimit("overview")).isZero();
        assertThat(Edition.E2021.lengthLimit("problems")).isZero();
    }
}
