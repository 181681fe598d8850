package org.nianbao.validation;

/**
 * How much a finding weighs: errors block submission, warnings need a written explanation, and an info says only
 * what a check could not decide (an ambiguous sentence), so that a person looks at it; it needs no explanation.
 */
public enum Severity {
    ERROR, WARNING, INFO;

    /** The spec's spelling in the exchange format: {@code error}, {@code warning} or {@code info}. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
