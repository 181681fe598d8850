package org.nianbao.report;

import org.nianbao.text.Text;

/** A staff URL names a report that does not exist (answered with the Chinese 404 page). */
public class NoSuchReportException extends RuntimeException {

    public NoSuchReportException(long id) {
        super(Text.of("report.no-such-id", id));
    }

    public NoSuchReportException(String message) {
        super(message);
    }
}
