package org.nianbao.report;

/** A staff URL names a report that does not exist (answered with the Chinese 404 page). */
public class NoSuchReportException extends RuntimeException {

    public NoSuchReportException(long id) {
        super("没有编号为 " + id + " 的报告。");
    }

    public NoSuchReportException(String message) {
        super(message);
    }
}
