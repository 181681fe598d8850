package org.nianbao.editing;

import java.util.ArrayList;
import java.util.List;
import org.nianbao.statutory.Cell;
import org.nianbao.statutory.Row;
import org.nianbao.statutory.StatTable;

/**
 * What the conflict page shows when someone else saved first: their saved section beside what this person typed.
 *
 * @param savedBy who saved the report last, or null when not known
 */
public record Conflict(SectionView theirs, SectionForm mine, String savedBy) {

    /** One input cell: its printed name, the saved figure and the typed one. */
    public record CellPair(String anchor, String row, String column, String theirs, String mine) {

        public boolean differs() {
            return !theirs.strip().equals(mine.strip());
        }
    }

    public boolean prose() {
        return theirs.section().isProse();
    }

    public String theirText() {
        return theirs.form().text();
    }

    public String myText() {
        return mine.text();
    }

    /** Every input cell of the section, the ones that differ first. */
    public List<CellPair> cells() {
        StatTable table = theirs.section().table();
        List<CellPair> differing = new ArrayList<>();
        List<CellPair> same = new ArrayList<>();
        for (Cell cell : table.cells()) {
            if (table.isDerived(cell)) {
                continue;
            }
            Row row = table.row(cell.row()).orElseThrow();
            CellPair pair = new CellPair(FindingLink.anchor(cell), row.fullLabel(),
                    row.column(cell.column()).orElseThrow().label(), theirs.format(cell),
                    mine.cells().getOrDefault(cell.key(), ""));
            (pair.differs() ? differing : same).add(pair);
        }
        differing.addAll(same);
        return differing;
    }

    public long differences() {
        return cells().stream().filter(CellPair::differs).count();
    }
}
