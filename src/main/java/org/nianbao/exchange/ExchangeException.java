package org.nianbao.exchange;

/**
 * Input in the exchange format that cannot be read. {@link #path()} locates the offending value as a JSON path
 * ({@code $.tables.applications.received.natural_person}); the message is Chinese, starts with that path and says
 * what is wrong, so it can be shown as it is.
 */
public class ExchangeException extends RuntimeException {

    private final String path;

    public ExchangeException(String path, String detail) {
        super(path + "：" + detail);
        this.path = path;
    }

    /** Where the problem is, as a JSON path starting with {@code $}. */
    public String path() {
        return path;
    }
}
