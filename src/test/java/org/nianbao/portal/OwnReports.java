package org.nianbao.portal;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.nianbao.agency.Agency;
import org.nianbao.agency.AgencyKind;
import org.nianbao.agency.AgencyRepository;
import org.nianbao.exchange.ExchangeFormat;
import org.nianbao.publishing.Publisher;
import org.nianbao.publishing.ReportView;
import org.nianbao.report.Report;
import org.nianbao.report.ReportRepository;
import org.nianbao.statutory.Cell;
import org.nianbao.statutory.Edition;
import org.nianbao.statutory.ReportContent;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Test data of its own for the stored-page tests: a township with a unique code (branch name and a random suffix)
 * under 嵩县, whose report is published (committed) through the real {@link Publisher}, optionally corrected;
 * dates relative to the clock. And a plain HTTP client for the real server.
 */
final class OwnReports {

    static final Cell NATURAL_PERSON = new Cell("applications", "received", "natural_person");

    private final AgencyRepository agencies;
    private final ReportRepository reports;
    private final Publisher publisher;
    private final TransactionTemplate tx;
    private final Clock clock;

    OwnReports(AgencyRepository agencies, ReportRepository reports, Publisher publisher, TransactionTemplate tx,
            Clock clock) {
        this.agencies = agencies;
        this.reports = reports;
        this.publisher = publisher;
        this.tx = tx;
        this.clock = clock;
    }

    static String code() {
        return "i9a-" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 41), 36);
    }

    /** Last year, the year whose report is due now (always 2021 or later: the 2021 edition). */
    int year() {
        return Math.max(2021, clock.instant().atZone(ReportView.CHINA).getYear() - 1);
    }

    Agency agency(String code, String name) {
        return tx.execute(s -> agencies.saveAndFlush(new Agency(code, name, AgencyKind.TOWNSHIP,
                agencies.findByCode("songxian").orElseThrow())));
    }

    /** The demo report of 陆浑镇 as {@code agency}'s report of {@link #year()}. */
    ReportContent content(Agency agency) {
        ReportContent luhun = ExchangeFormat.read(CorrectedReports.resource("/demo/songxian-luhun-2021.json"));
        return new ReportContent(agency.getCode(), agency.getName(), year(), Edition.forYear(year()).orElseThrow(),
                luhun.sections(), luhun.values());
    }

    /** Publishes the first revision, a month ago. */
    Report publish(Agency agency) {
        return publisher.publish(Report.imported(agency, content(agency)),
                clock.instant().minus(30, ChronoUnit.DAYS));
    }

    /** Publishes a correction of {@code published} (自然人 3), a day ago. */
    Report correct(Report published, String note) {
        Report correction = tx.execute(s -> {
            Report previous = reports.findById(published.getId()).orElseThrow();
            ReportContent first = previous.content();
            Report draft = previous.openCorrection(note);
            Map<Cell, BigDecimal> values = new HashMap<>(first.values());
            values.put(NATURAL_PERSON, new BigDecimal(3));
            draft.replaceContent(new ReportContent(first.agencyCode(), first.agencyName(), first.year(),
                    first.edition(), first.sections(), values).withComputedTotals(), clock.instant().minus(2, ChronoUnit.DAYS));
            draft.submit(List.of(), Map.of(), clock.instant().minus(2, ChronoUnit.DAYS));
            draft.approve();
            return reports.saveAndFlush(draft);
        });
        return publisher.publish(correction, clock.instant().minus(1, ChronoUnit.DAYS));
    }

    static HttpResponse<byte[]> get(int port, String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static final HttpClient HTTP = HttpClient.newHttpClient();
}
