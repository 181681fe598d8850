package org.nianbao.report;

import static org.nianbao.report.StatutoryRow.count;
import static org.nianbao.report.StatutoryRow.decimal;

import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.nianbao.statutory.ValueKind;

/** A row of 表二 (table {@code proactive_row}), with the columns of both editions. */
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

    @Override
    public BigDecimal get(String column) {
        if (column.equals("amount")) {
            return amount;
        }
        return decimal(switch (column) {
            case "issued" -> issued;
            case "repealed" -> repealed;
            case "in_force" -> inForce;
            case "decisions" -> decisions;
            case "new_made" -> newMade;
            case "new_published" -> newPublished;
            case "total_published" -> totalPublished;
            case "items_last_year" -> itemsLastYear;
            case "items_change" -> itemsChange;
            case "projects" -> projects;
            default -> throw StatutoryRow.unknown(column);
        });
    }

    @Override
    public void set(String column, BigDecimal value) {
        if (column.equals("amount")) {
            // exact: more than six places is refused before it gets here
            amount = value == null ? null : value.setScale(ValueKind.AMOUNT_SCALE, RoundingMode.UNNECESSARY);
            return;
        }
        Integer v = count(value);
        switch (column) {
            case "issued" -> issued = v;
            case "repealed" -> repealed = v;
            case "in_force" -> inForce = v;
            case "decisions" -> decisions = v;
            case "new_made" -> newMade = v;
            case "new_published" -> newPublished = v;
            case "total_published" -> totalPublished = v;
            case "items_last_year" -> itemsLastYear = v;
            case "items_change" -> itemsChange = v;
            case "projects" -> projects = v;
            default -> throw StatutoryRow.unknown(column);
        }
    }
}
