package org.nianbao.timeliness;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nianbao.agency.AgencyKind;

class DeadlinesTest {

    private static final LocalDate LATER = LocalDate.of(2030, 1, 1);

    @ParameterizedTest
    @CsvSource({"TOWNSHIP,2021,2022-01-31", "DEPARTMENT,2021,2022-01-31", "COUNTY,2021,2022-03-31",
            "TOWNSHIP,2019,2020-01-31", "COUNTY,2023,2024-03-31", "CITY,2023,2024-03-31", "PROVINCE,2019,2020-03-31"})
    void deadlineIsInTheFollowingYear(AgencyKind kind, int year, LocalDate deadline) {
        assertThat(Deadlines.deadline(kind, year)).isEqualTo(deadline);
    }

    @ParameterizedTest(name = "{0} {1} published {2}: {3}")
    @CsvSource({
            "TOWNSHIP,  2021, 2022-01-20T10:00:00+08:00, 按时发布",
            "TOWNSHIP,  2021, 2022-01-31T23:59:00+08:00, 按时发布", // on the deadline day, in China
            "TOWNSHIP,  2021, 2022-01-31T16:30:00Z,      逾期 1 天", // 2月1日 00:30 in China
            "DEPARTMENT,2022, 2023-02-03T11:00:00+08:00, 逾期 3 天",
            "COUNTY,    2022, 2023-02-03T11:00:00+08:00, 按时发布",
            "COUNTY,    2022, 2023-03-31T18:00:00+08:00, 按时发布", // 县级以上地方人民政府: 3月31日 (第四十九条)
            "CITY,      2022, 2023-04-09T09:00:00+08:00, 逾期 9 天",
            "PROVINCE,  2023, 2024-04-01T09:00:00+08:00, 逾期 1 天"})
    void publishedReportsAreOnTimeUpToTheDeadlineDay(AgencyKind kind, int year, String published, String label) {
        Instant at = OffsetDateTime.parse(published).toInstant();
        assertThat(Deadlines.assess(kind, year, at, LATER).label()).isEqualTo(label);
    }

    @ParameterizedTest
    @CsvSource({"2022-01-31, NOT_DUE", "2022-02-01, MISSING"})
    void anUnpublishedReportIsMissingOnlyAfterItsDeadline(LocalDate today, Timeliness.Status status) {
        Timeliness timeliness = Deadlines.assess(AgencyKind.TOWNSHIP, 2021, null, today);
        assertThat(timeliness.status()).isEqualTo(status);
        assertThat(timeliness.label()).isEqualTo("未发布");
        assertThat(timeliness.isPublished()).isFalse();
    }
}
