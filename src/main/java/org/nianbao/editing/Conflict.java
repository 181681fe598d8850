package org.nianbao.editing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.nianbao.draft.FindingLink;
import org.nianbao.statutory.Cell;
import org.nianbao.statutory.ContentDiff;
import org.nianbao.statutory.Row;
import org.nianbao.statutory.StatTable;

/**
 * What the conflict page shows when someone else changed, meanwhile, the same cells (or the same prose) this person
 * changed: both values of each, the prose with a character diff, and forms that save this person's choice. The
 * forms carry every other typed cell with its original base, so that resolving still merges the rest.
 *
 * @param theirs the section as saved now
 * @param mine the form as posted
 * @param savedBy who saved the report last, or null when not known
 * @param conflicting the cells both changed (empty for prose)
 */
public record Conflict(SectionView theirs, SectionForm mine, String savedBy, List<Cell> conflicting) {

    /** One conflicting input cell: its printed name, its field, the saved figure and the typed one. */
    public record CellPair(String anchor, String key, String row, String column, String theirs, String mine) {
    }

    /** One field carried along unchanged: its name and value. */
    public record Hidden(String name, String value) {
    }

    public Conflict {
        conflicting = List.copyOf(conflicting);
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

    /** From their text to mine: what this person's version deletes and inserts. */
    public List<ContentDiff.Segment> segments() {
        return ContentDiff.segments(theirText(), myText());
    }

    public String action() {
        return theirs.draft().path() + "/sections/" + theirs.section().code();
    }

    /** The conflicting cells, in the table's order. */
    public List<CellPair> cells() {
        StatTable table = theirs.section().table();
        List<CellPair> pairs = new ArrayList<>();
        for (Cell cell : conflicting) {
            Row row = table.row(cell.row()).orElseThrow();
            pairs.add(new CellPair(FindingLink.anchor(cell), cell.key(), row.fullLabel(),
                    row.column(cell.column()).orElseThrow().label(), theirs.format(cell),
                    mine.cells().getOrDefault(cell.key(), "")));
        }
        return pairs;
    }

    /**
     * The fields every resolving form carries: each other typed cell with the base it was loaded with, and each
     * conflicting cell's base set to what is saved now (so that the person's choice is saved without conflicting
     * again, unless it changes again meanwhile).
     */
    public List<Hidden> carried() {
        List<Hidden> fields = new ArrayList<>();
        List<String> keys = conflicting.stream().map(Cell::key).toList();
        for (Map.Entry<String, String> typed : mine.cells().entrySet()) {
            String key = typed.getKey();
            if (keys.contains(key)) {
                fields.add(new Hidden(SectionForm.BASE + key, theirs.form().cells().getOrDefault(key, "")));
                continue;
            }
            fields.add(new Hidden(key, typed.getValue()));
            if (mine.baseOf(key) != null) {
                fields.add(new Hidden(SectionForm.BASE + key, mine.baseOf(key)));
            }
        }
        return fields;
    }
}
