package org.nianbao.publishing;

import java.time.Instant;

/**
 * What is known about a stored file without reading its bytes: enough to answer a conditional request and name
 * the download.
 */
public record StoredFile(Long reportId, String kind, String sha256, Instant publishedAt, String agencyCode,
        String agencyName, int year, int revision) {
}
