package org.nianbao.editing;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.nianbao.agency.Agency;
import org.nianbao.security.Role;
import org.nianbao.security.Staff;
import org.nianbao.statutory.Cell;
import org.nianbao.statutory.ReportContent;

/** Staff principals and report content for the staff workspace's tests. */
public final class StaffFixtures {

    private static final AtomicLong IDS = new AtomicLong(900_000);

    private StaffFixtures() {
    }

    /** A staff member holding {@code role} on {@code agency} (and everything below it). */
    public static Staff staff(String username, Role role, Agency agency) {
        return new Staff(IDS.incrementAndGet(), username, username + " 测试", "{noop}demo", true,
                List.of(new Staff.Grant(role, agency.getId())));
    }

    /** A staff member holding the roles on {@code agency}. */
    public static Staff staff(String username, Agency agency, Role... roles) {
        return new Staff(IDS.incrementAndGet(), username, username + " 测试", "{noop}demo", true,
                java.util.Arrays.stream(roles).map(r -> new Staff.Grant(r, agency.getId())).toList());
    }

    /**
     * {@code content} with every input cell 0 (totals computed) and prose that raises no warning unless
     * {@code otherMatters} lacks 信息处理费 (T4).
     */
    public static ReportContent complete(ReportContent content, String otherMatters) {
        Map<Cell, BigDecimal> values = new HashMap<>();
        for (Cell cell : content.edition().cells()) {
            if (!content.edition().isDerived(cell)) {
                values.put(cell, BigDecimal.ZERO);
            }
        }
        Map<String, String> sections = ReportContent.sections("本年度依法做好政府信息公开工作。", "存在的问题是公开不够及时，已改进。",
                otherMatters);
        return new ReportContent(content.agencyCode(), content.agencyName(), content.year(), content.edition(),
                sections, values).withComputedTotals();
    }
}
