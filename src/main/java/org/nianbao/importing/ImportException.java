package org.nianbao.importing;

/** A file that cannot be read as a report at all; the message says why, in Chinese. */
public class ImportException extends RuntimeException {

    public ImportException(String message) {
        super(message);
    }

    public ImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
