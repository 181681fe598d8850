package org.nianbao.editing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.nianbao.statutory.Cell;
import org.nianbao.statutory.ReportContent;
import org.nianbao.statutory.Section;
import org.nianbao.statutory.StatTable;
import org.springframework.validation.BindingResult;

/**
 * A three-way merge of one section's form into the saved report: for each cell (or the section's prose) the value
 * the form was loaded with (base), the one saved now (theirs) and the one typed (mine). What this person did not
 * change keeps what is saved now; what they changed is taken when nobody else changed it, or changed it to the same
 * value; only a thing both changed, differently, conflicts. Other sections are never touched, so two tabs or two
 * people working on different sections or different cells never conflict.
 *
 * @param merged the content to save (null when anything conflicts)
 * @param cells the conflicting cells (keys), in the table's order
 * @param prose whether the section's prose conflicts
 */
record SectionMerge(ReportContent merged, List<Cell> cells, boolean prose) {

    boolean conflicts() {
        return prose || !cells.isEmpty();
    }

    /**
     * Merges {@code form} into {@code saved}; null, with every refused field rejected in {@code errors}, when any
     * input is refused (then nothing is to be saved).
     */
    static SectionMerge of(ReportContent saved, Section section, SectionForm form, BindingResult errors) {
        if (section.isProse()) {
            if (!form.proseFits(errors)) {
                return null;
            }
            String theirs = saved.section(section.code());
            String mine = form.text();
            String base = form.baseText();
            if (base != null && !mine.equals(base) && !theirs.equals(base) && !theirs.equals(mine)) {
                return new SectionMerge(null, List.of(), true);
            }
            String result = base != null && mine.equals(base) ? theirs : mine;
            Map<String, String> sections = new LinkedHashMap<>(saved.sections());
            sections.put(section.code(), result);
            return new SectionMerge(new ReportContent(saved.agencyCode(), saved.agencyName(), saved.year(),
                    saved.edition(), sections, saved.values()), List.of(), false);
        }
        StatTable table = section.table();
        Map<Cell, BigDecimal> typed = form.typedValues(table, errors);
        if (errors.hasErrors()) {
            return null;
        }
        Map<Cell, BigDecimal> values = new HashMap<>(saved.values());
        values.keySet().removeIf(c -> c.table().equals(table.code()) && table.isDerived(c));
        List<Cell> conflicts = new ArrayList<>();
        for (Cell cell : table.cells()) {
            if (table.isDerived(cell)) {
                continue;
            }
            BigDecimal mine = typed.get(cell);
            BigDecimal theirs = saved.value(cell);
            String baseText = form.baseOf(cell.key());
            CellInput base = baseText == null ? null : CellInput.parse(baseText, table.kind(cell));
            boolean baseKnown = base != null && !base.isRefused();
            if (baseKnown && same(mine, base.value())) {
                continue; // not changed here: what is saved stays
            }
            if (baseKnown && !same(theirs, base.value()) && !same(theirs, mine)) {
                conflicts.add(cell);
                continue;
            }
            if (mine == null) {
                values.remove(cell);
            } else {
                values.put(cell, mine);
            }
        }
        if (!conflicts.isEmpty()) {
            return new SectionMerge(null, conflicts, false);
        }
        return new SectionMerge(saved.withValues(values).withComputedTotals(), List.of(), false);
    }

    static boolean same(BigDecimal a, BigDecimal b) {
        return a == null || b == null ? Objects.equals(a, b) : a.compareTo(b) == 0;
    }
}
