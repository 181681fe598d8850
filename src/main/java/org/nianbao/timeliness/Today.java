package org.nianbao.timeliness;

import java.time.Clock;
import java.time.LocalDate;
import org.nianbao.statutory.Edition;
import org.springframework.stereotype.Component;

/** Today's date in China, from the application's {@link Clock}, and the report years it makes visible. */
@Component
public class Today {

    private final Clock clock;

    Today(Clock clock) {
        this.clock = clock;
    }

    public LocalDate date() {
        return LocalDate.now(clock.withZone(Deadlines.CHINA));
    }

    /** The latest year a report can be on: last year. */
    public int lastReportYear() {
        return date().getYear() - 1;
    }

    /** Whether a report on {@code year} can exist yet: from the first edition's year up to last year. */
    public boolean isReportYear(int year) {
        return year >= Edition.FIRST_YEAR && year <= lastReportYear();
    }
}
