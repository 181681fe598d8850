package org.nianbao.portal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.nianbao.agency.Agency;
import org.nianbao.agency.AgencyKind;
import org.nianbao.agency.AgencyRepository;
import org.nianbao.exchange.ExchangeFormat;
import org.nianbao.publishing.Publisher;
import org.nianbao.report.Report;
import org.nianbao.report.ReportRepository;
import org.nianbao.statutory.Cell;
import org.nianbao.statutory.Edition;
import org.nianbao.statutory.ReportContent;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A township of its own (the test's code) whose 2022 report is published, then corrected: revision 2 changes
 * 表三 第一项 · 自然人 from 0 to 3 (and the totals with it) and the overview, with a 更正说明. Published through the
 * real {@link Publisher} (files rendered and stored) and committed, once per code.
 */
final class CorrectedReports {

    static final int YEAR = 2022;
    static final String NOTE = "更正了表三本年新收自然人申请的数量，并补充了总体情况。";
    static final Cell NATURAL_PERSON = new Cell("applications", "received", "natural_person");
    static final Instant FIRST = OffsetDateTime.parse("2023-01-20T10:00:00+08:00").toInstant();
    static final Instant SECOND = OffsetDateTime.parse("2023-03-01T09:30:00+08:00").toInstant();

    private CorrectedReports() {
    }

    static synchronized void ensure(String code, String name, AgencyRepository agencies, ReportRepository reports,
            Publisher publisher, TransactionTemplate tx) {
        if (agencies.findByCode(code).isPresent()) {
            return;
        }
        Agency agency = tx.execute(s -> agencies.saveAndFlush(new Agency(code, name, AgencyKind.TOWNSHIP,
                agencies.findByCode("songxian").orElseThrow())));
        ReportContent luhun = ExchangeFormat.read(resource("/demo/songxian-luhun-2021.json"));
        ReportContent first = new ReportContent(code, name, YEAR, Edition.forYear(YEAR).orElseThrow(),
                luhun.sections(), luhun.values());
        Report published = publisher.publish(Report.imported(agency, first), FIRST);
        Report correction = tx.execute(s -> {
            Report draft = reports.findById(published.getId()).orElseThrow().openCorrection(NOTE);
            Map<Cell, BigDecimal> values = new HashMap<>(first.values());
            values.put(NATURAL_PERSON, new BigDecimal(3));
            Map<String, String> sections = new HashMap<>(first.sections());
            sections.put("overview", first.section("overview") + "\n补充：本年新收自然人申请 3 件。");
            draft.replaceContent(new ReportContent(code, name, YEAR, first.edition(), sections, values)
                    .withComputedTotals(), Instant.now());
            draft.submit(List.of(), Map.of(), SECOND.minusSeconds(600));
            draft.approve();
            return reports.saveAndFlush(draft);
        });
        publisher.publish(correction, SECOND);
    }

    static String resource(String name) {
        try (InputStream in = CorrectedReports.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
