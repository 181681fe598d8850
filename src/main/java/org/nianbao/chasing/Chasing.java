package org.nianbao.chasing;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.nianbao.agency.Agency;
import org.nianbao.agency.AgencyKind;
import org.nianbao.agency.AgencyRepository;
import org.nianbao.text.Text;
import org.nianbao.timeliness.Deadline;
import org.nianbao.timeliness.DeadlineRules;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 主管部门's to-do list: the agencies anywhere below a government whose report on a year is not published and
 * whose deadline (statutory or local) is at most {@code days} away or passed, by what is holding it up: nothing
 * submitted, submitted but not approved, returned and not resubmitted, approved but not published.
 */
@Service
public class Chasing {

    private final JdbcClient jdbc;
    private final AgencyRepository agencies;
    private final DeadlineRules deadlineRules;

    Chasing(JdbcClient jdbc, AgencyRepository agencies, DeadlineRules deadlineRules) {
        this.jdbc = jdbc;
        this.agencies = agencies;
        this.deadlineRules = deadlineRules;
    }

    public enum Stage {
        NOTHING_SUBMITTED("chasing.stage.nothing-submitted"), NOT_APPROVED("chasing.stage.not-approved"),
        RETURNED("chasing.stage.returned"), NOT_PUBLISHED("chasing.stage.not-published");

        private final String key;

        Stage(String key) {
            this.key = key;
        }

        public String label() {
            return Text.of(key);
        }
    }

    /** An agency to chase: where its report stands and how many days are left (negative: overdue). */
    public record Item(String code, String name, AgencyKind kind, String parentName, Stage stage, Deadline deadline,
            long daysLeft, String contactEmail) {

        public String daysText() {
            return daysLeft < 0 ? Text.of("chasing.days.overdue", -daysLeft) : Text.of("chasing.days.left", daysLeft);
        }
    }

    /** The to-do list under {@code government} for {@code year} on {@code today}, most urgent first. */
    @Transactional(readOnly = true)
    public List<Item> todo(Agency government, int year, LocalDate today, int days) {
        DeadlineRules.Resolver deadlines = deadlineRules.resolver();
        List<Item> items = new ArrayList<>();
        jdbc.sql("""
                with recursive below (id) as (
                    select id from agency where parent_id = :root
                    union all select a.id from agency a join below b on a.parent_id = b.id)
                select a.id, (select r.status from report r where r.agency_id = a.id and r.year = :year
                              order by r.revision desc limit 1) as status,
                       exists (select 1 from report r where r.agency_id = a.id and r.year = :year
                               and r.status = 'PUBLISHED') as published,
                       exists (select 1 from report r where r.agency_id = a.id and r.year = :year
                               and r.submitted_at is not null) as ever_submitted
                from below b join agency a on a.id = b.id""")
                .param("root", government.getId()).param("year", year)
                .query((rs, n) -> {
                    if (rs.getBoolean("published")) {
                        return null;
                    }
                    Agency agency = agencies.findById(rs.getLong("id")).orElseThrow();
                    Deadline deadline = deadlines.deadline(agency, year);
                    long left = ChronoUnit.DAYS.between(today, deadline.date());
                    if (left > days) {
                        return null;
                    }
                    String status = rs.getString("status");
                    Stage stage = status == null || status.equals("DRAFT") ? Stage.NOTHING_SUBMITTED
                            : status.equals("SUBMITTED") ? Stage.NOT_APPROVED
                            : status.equals("RETURNED") ? Stage.RETURNED : Stage.NOT_PUBLISHED;
                    items.add(new Item(agency.getCode(), agency.getName(), agency.getKind(),
                            agency.getParent() == null ? "" : agency.getParent().getName(), stage, deadline, left,
                            agency.getContactEmail()));
                    return null;
                }).list();
        items.sort((a, b) -> a.daysLeft() != b.daysLeft() ? Long.compare(a.daysLeft(), b.daysLeft())
                : a.code().compareTo(b.code()));
        return items;
    }
}
