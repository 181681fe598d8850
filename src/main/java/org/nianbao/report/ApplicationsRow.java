package org.nianbao.report;

import static org.nianbao.report.StatutoryRow.count;
import static org.nianbao.report.StatutoryRow.decimal;

import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** A row of 表三 (table {@code applications_row}): one column per applicant column. */
@Embeddable
class ApplicationsRow implements StatutoryRow {

    private Integer naturalPerson;
    private Integer commercial;
    private Integer research;
    private Integer publicInterest;
    private Integer legalServices;
    private Integer otherOrg;
    private Integer total;

    @Override
    public BigDecimal get(String column) {
        return decimal(switch (column) {
            case "natural_person" -> naturalPerson;
            case "commercial" -> commercial;
            case "research" -> research;
            case "public_interest" -> publicInterest;
            case "legal_services" -> legalServices;
            case "other_org" -> otherOrg;
            case "total" -> total;
            default -> throw StatutoryRow.unknown(column);
        });
    }

    @Override
    public void set(String column, BigDecimal value) {
        Integer v = count(value);
        switch (column) {
            case "natural_person" -> naturalPerson = v;
            case "commercial" -> commercial = v;
            case "research" -> research = v;
            case "public_interest" -> publicInterest = v;
            case "legal_services" -> legalServices = v;
            case "other_org" -> otherOrg = v;
            case "total" -> total = v;
            default -> throw StatutoryRow.unknown(column);
        }
    }
}
