package org.nianbao.report;

import jakarta.persistence.Embeddable;

/** A row of 表三 (table {@code applications_row}): one column per applicant column; a field per statutory column, named by its code ({@link StoredTables}). */
@Embeddable
class ApplicationsRow implements StatutoryRow {

    private Integer naturalPerson;
    private Integer commercial;
    private Integer research;
    private Integer publicInterest;
    private Integer legalServices;
    private Integer otherOrg;
    private Integer total;
}
