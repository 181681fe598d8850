package org.nianbao.report;

import static org.nianbao.report.StatutoryRow.count;
import static org.nianbao.report.StatutoryRow.decimal;

import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** A group of 表四 (table {@code review_litigation_row}): 行政复议, 未经复议直接起诉 or 复议后起诉. */
@Embeddable
class ReviewLitigationRow implements StatutoryRow {

    private Integer upheld;
    private Integer corrected;
    private Integer other;
    private Integer pending;
    private Integer total;

    @Override
    public BigDecimal get(String column) {
        return decimal(switch (column) {
            case "upheld" -> upheld;
            case "corrected" -> corrected;
            case "other" -> other;
            case "pending" -> pending;
            case "total" -> total;
            default -> throw StatutoryRow.unknown(column);
        });
    }

    @Override
    public void set(String column, BigDecimal value) {
        Integer v = count(value);
        switch (column) {
            case "upheld" -> upheld = v;
            case "corrected" -> corrected = v;
            case "other" -> other = v;
            case "pending" -> pending = v;
            case "total" -> total = v;
            default -> throw StatutoryRow.unknown(column);
        }
    }
}
