package org.nianbao.report;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nianbao.PersistenceTest;
import org.nianbao.agency.Agency;
import org.nianbao.agency.AgencyKind;
import org.nianbao.agency.AgencyRepository;
import org.nianbao.statutory.Cell;
import org.nianbao.statutory.Edition;
import org.nianbao.statutory.ReportContent;
import org.nianbao.statutory.ValueKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Every cell of both editions survives a round trip through PostgreSQL exactly; a blank stays blank. */
@PersistenceTest
class ReportMappingTest {

    @Autowired
    AgencyRepository agencies;

    @Autowired
    ReportRepository reports;

    @Autowired
    EntityManager entityManager;

    @Autowired
    JdbcTemplate jdbc;

    static Stream<Integer> years() {
        return Stream.of(2020, 2024);
    }

    @ParameterizedTest
    @MethodSource("years")
    void everyCellRoundTripsExactlyAndBlanksStayBlank(int year) {
        Edition edition = Edition.forYear(year).orElseThrow();
        Map<Cell, BigDecimal> values = new HashMap<>();
        int n = 1;
        Cell blank = null;
        for (Cell cell : edition.cells()) {
            ValueKind kind = edition.kind(cell);
            if (blank == null && kind == ValueKind.COUNT) {
                blank = cell; // left blank on purpose
                continue;
            }
            values.put(cell, switch (kind) {
                case AMOUNT -> new BigDecimal("1234.123456");
                case SIGNED_COUNT -> BigDecimal.valueOf(-n++);
                case COUNT -> BigDecimal.valueOf(n++);
            });
        }
        // an agency of the test's own (rolled back with it): the slice starts without the demo data
        Agency county = agencies.saveAndFlush(new Agency("mapping-county", "映射测试县人民政府", AgencyKind.COUNTY, null));
        Agency town = agencies.saveAndFlush(new Agency("mapping-town", "映射测试镇人民政府", AgencyKind.TOWNSHIP, county));
        Report report = new Report(town, year);
        report.replaceContent(new ReportContent("mapping-town", "映射测试镇人民政府", year, edition,
                ReportContent.sections("总体情况", "问题", "无"), values), Instant.now());
        Long id = reports.saveAndFlush(report).getId();
        entityManager.clear();

        ReportContent loaded = reports.findById(id).orElseThrow().content();
        assertThat(loaded.values().keySet()).isEqualTo(values.keySet()).doesNotContain(blank);
        values.forEach((cell, value) -> assertThat(loaded.value(cell)).as(cell.key()).isEqualByComparingTo(value));
        assertThat(loaded.sections()).containsEntry("overview", "总体情况").containsEntry("other_matters", "无");

        // in SQL, table 3 reads like the printed table: a row per statutory row, a column per statutory column
        Integer rows = jdbc.queryForObject("select count(*) from applications_row where report_id = ?",
                Integer.class, id);
        assertThat(rows).isEqualTo(edition.table("applications").orElseThrow().rows().size());
        BigDecimal amount = jdbc.queryForObject(
                "select amount from proactive_row where report_id = ? and amount is not null", BigDecimal.class, id);
        assertThat(amount).isEqualByComparingTo("1234.123456");
    }
}
