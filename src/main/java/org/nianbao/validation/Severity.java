package org.nianbao.validation;

/** How much a finding weighs: errors block submission, warnings need a written explanation. */
public enum Severity {
    ERROR, WARNING;

    /** The spec's spelling in the exchange format: {@code error} or {@code warning}. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
