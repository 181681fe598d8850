package org.nianbao.report;

import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** A row of 表二 (table {@code proactive_row}), with the columns of both editions; a field per statutory column, named by its code ({@link StoredTables}). */
@Embeddable
class ProactiveRow implements StatutoryRow {

    private Integer issued;
    private Integer repealed;
    private Integer inForce;
    private Integer decisions;
    private BigDecimal amount;
    private Integer newMade;
    private Integer newPublished;
    private Integer totalPublished;
    private Integer itemsLastYear;
    private Integer itemsChange;
    private Integer projects;
}
