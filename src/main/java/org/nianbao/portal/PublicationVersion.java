package org.nianbao.portal;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.nianbao.publishing.Publisher;
import org.nianbao.timeliness.Deadlines;
import org.nianbao.timeliness.Today;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;

/**
 * Conditional requests for everything the public portal derives from published data. One cheap query sums up what
 * is published (how many revisions, the newest, their optimistic-lock versions, the agencies); its hash, with the
 * {@link Deployment} (a hash of the templates, styles, scripts and messages, so a new release changes it) and
 * whatever else the page varies on (the 关怀版 switch, today's date), is the ETag. Nothing in it depends on the
 * instance, so every instance of the portal on one database answers the same ETag for the same page. Handlers
 * call {@link #notModified} first and return {@code null} when it answers true: Spring then sends 304 without
 * rendering or loading anything.
 */
@Component
class PublicationVersion {

    private static final String QUERY = """
            select count(*), coalesce(max(r.id), 0), coalesce(sum(r.version), 0), max(r.published_at),
                   max(r.updated_at), (select count(*) from agency), (select coalesce(max(id), 0) from agency)
            from report r where r.status = 'PUBLISHED'""";

    private final JdbcClient jdbc;
    private final Today today;
    private final String deployment;

    PublicationVersion(JdbcClient jdbc, Today today, Deployment deployment) {
        this.jdbc = jdbc;
        this.today = today;
        this.deployment = deployment.hash();
    }

    /** What is published now, as an opaque token, and when it last changed. */
    record Version(String token, Instant lastModified) {
    }

    Version current() {
        return jdbc.sql(QUERY).query((rs, n) -> {
            OffsetDateTime published = rs.getObject(4, OffsetDateTime.class);
            OffsetDateTime updated = rs.getObject(5, OffsetDateTime.class);
            String state = rs.getLong(1) + "|" + rs.getLong(2) + "|" + rs.getLong(3) + "|" + published + "|"
                    + updated + "|" + rs.getLong(6) + "|" + rs.getLong(7);
            Instant last = latest(published == null ? Instant.EPOCH : published.toInstant(),
                    updated == null ? Instant.EPOCH : updated.toInstant());
            return new Version(state, last);
        }).single();
    }

    /**
     * Answers a conditional request: true (and the response is a 304) when the client's copy is current. Either
     * way the response carries the ETag and Last-Modified, {@code Cache-Control: no-cache} (always revalidate) and
     * {@code Vary: Cookie} (the 关怀版 switch changes the page).
     */
    boolean notModified(WebRequest request) {
        return check(request, false);
    }

    /** As {@link #notModified(WebRequest)}, for pages that also change with today's date (deadlines passing). */
    boolean notModifiedToday(WebRequest request) {
        return check(request, true);
    }

    private boolean check(WebRequest request, boolean daily) {
        Version version = current();
        Instant lastModified = version.lastModified();
        String state = version.token() + "|" + deployment + "|care=" + CareMode.isOn(request);
        if (daily) {
            LocalDate date = today.date();
            state += "|" + date;
            lastModified = latest(lastModified, date.atStartOfDay(Deadlines.CHINA).toInstant());
        }
        if (request instanceof ServletWebRequest servlet && servlet.getResponse() != null) {
            HttpServletResponse response = servlet.getResponse();
            response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
            response.addHeader(HttpHeaders.VARY, "Cookie");
        }
        String etag = "\"" + Publisher.sha256(state.getBytes(StandardCharsets.UTF_8)).substring(0, 32) + "\"";
        return request.checkNotModified(etag, lastModified.toEpochMilli());
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
