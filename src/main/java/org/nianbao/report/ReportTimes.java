package org.nianbao.report;

import jakarta.persistence.PrePersist;
import java.time.Clock;

/**
 * Stamps a report with the time it is first stored, from the {@code Clock} bean (Hibernate creates this listener
 * through Spring, with the clock injected); later changes of content are stamped by the use case that makes them
 * ({@link Report#replaceContent}).
 */
class ReportTimes {

    private final Clock clock;

    ReportTimes(Clock clock) {
        this.clock = clock;
    }

    @PrePersist
    void created(Report report) {
        report.created(clock.instant());
    }
}
