package org.nianbao.timeliness;

import java.time.LocalDate;
import org.nianbao.text.Text;

/**
 * The date a report counts against, and where it comes from: the statutory date of 条例第四十九条, or a local date
 * set by a government above the agency for its level.
 *
 * @param date      the last day allowed
 * @param setBy     the name of the government that set a local date, or null for the statutory date
 * @param setByKind that government's level (its 本省 / 本市 / 本县), or null
 */
public record Deadline(LocalDate date, String setBy, org.nianbao.agency.AgencyKind setByKind) {

    public boolean isLocal() {
        return setBy != null;
    }

    /** 「本省要求 3月10日前报送」, or 「条例第四十九条：1月31日前」. */
    public String source() {
        String day = Text.of("timeliness.day", date.getMonthValue(), date.getDayOfMonth());
        if (!isLocal()) {
            return Text.of("timeliness.deadline.statutory", day);
        }
        return Text.of("timeliness.deadline.local", setByKind.shortLabel(), day, setBy);
    }
}
