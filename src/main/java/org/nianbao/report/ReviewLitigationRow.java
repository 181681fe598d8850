package org.nianbao.report;

import jakarta.persistence.Embeddable;

/** A group of 表四 (table {@code review_litigation_row}): 行政复议, 未经复议直接起诉 or 复议后起诉; a field per statutory column, named by its code ({@link StoredTables}). */
@Embeddable
class ReviewLitigationRow implements StatutoryRow {

    private Integer upheld;
    private Integer corrected;
    private Integer other;
    private Integer pending;
    private Integer total;
}
