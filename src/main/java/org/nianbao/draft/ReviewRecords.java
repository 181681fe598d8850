package org.nianbao.draft;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nianbao.statutory.Cell;
import org.nianbao.statutory.ReportContent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a review leaves behind: the content the reviewer saw when returning the report (a resubmission is shown
 * against it), and the reviewer's comments on cells or sections (shown beside them to the editor until the next
 * return). Plain SQL: neither is part of the report's own state.
 */
@Component
public class ReviewRecords {

    /** A comment on a cell (its {@link Cell#key()}) or a section (its code). */
    public record Comment(String target, String text, String author, Instant at) {
    }

    private final JdbcClient jdbc;

    ReviewRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Keeps {@code content} as what the reviewer last reviewed of report {@code reportId}. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void snapshot(long reportId, ReportContent content, Instant at) {
        jdbc.sql("delete from review_snapshot where report_id = :id").param("id", reportId).update();
        jdbc.sql("""
                insert into review_snapshot (report_id, taken_at, overview, problems, other_matters)
                values (:id, :at, :overview, :problems, :other)""")
                .param("id", reportId).param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .param("overview", content.section("overview")).param("problems", content.section("problems"))
                .param("other", content.section("other_matters")).update();
        content.values().forEach((cell, value) -> jdbc.sql(
                "insert into review_snapshot_value (report_id, cell_key, value) values (:id, :key, :value)")
                .param("id", reportId).param("key", cell.key()).param("value", value).update());
    }

    /** What the reviewer last reviewed of the report, in the shape of {@code current}; empty when never returned. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<ReportContent> lastReviewed(long reportId, ReportContent current) {
        List<Map<String, String>> prose = jdbc.sql(
                "select overview, problems, other_matters from review_snapshot where report_id = :id")
                .param("id", reportId).query((rs, n) -> Map.of("overview", rs.getString(1), "problems",
                        rs.getString(2), "other_matters", rs.getString(3))).list();
        if (prose.isEmpty()) {
            return Optional.empty();
        }
        Map<Cell, BigDecimal> values = new HashMap<>();
        jdbc.sql("select cell_key, value from review_snapshot_value where report_id = :id").param("id", reportId)
                .query((rs, n) -> values.put(cell(rs.getString(1)), rs.getBigDecimal(2))).list();
        values.keySet().removeIf(c -> !current.edition().hasCell(c));
        return Optional.of(new ReportContent(current.agencyCode(), current.agencyName(), current.year(),
                current.edition(), ReportContent.sections(prose.get(0).get("overview"), prose.get(0).get("problems"),
                        prose.get(0).get("other_matters")), values));
    }

    /** Replaces the report's comments with {@code comments} (a new return starts afresh). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void replaceComments(long reportId, List<Comment> comments) {
        jdbc.sql("delete from review_comment where report_id = :id").param("id", reportId).update();
        for (Comment comment : comments) {
            jdbc.sql("""
                    insert into review_comment (report_id, target, comment, author, created_at)
                    values (:id, :target, :text, :author, :at)""")
                    .param("id", reportId).param("target", comment.target()).param("text", comment.text())
                    .param("author", comment.author())
                    .param("at", OffsetDateTime.ofInstant(comment.at(), ZoneOffset.UTC)).update();
        }
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public List<Comment> comments(long reportId) {
        return jdbc.sql("select target, comment, author, created_at from review_comment where report_id = :id "
                + "order by id").param("id", reportId)
                .query((rs, n) -> new Comment(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class).toInstant())).list();
    }

    private static Cell cell(String key) {
        String[] parts = key.split("\\.", 3);
        return new Cell(parts[0], parts[1], parts[2]);
    }
}
