package org.nianbao.publishing;

/**
 * A revision was published and its files stored; listeners that keep what was published (the cache of stored
 * files) hear it once the publishing transaction has committed.
 */
public record RevisionPublished(String agencyCode, int year, int revision) {
}
