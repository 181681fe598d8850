package org.nianbao.editing;

import java.util.List;
import org.nianbao.draft.Draft;
import org.nianbao.statutory.Cell;

/**
 * Someone else changed a cell (or the prose) that this save changed too, to another value: nothing of this save was
 * written. Carries what is saved now ({@code theirs}), who saved it last, and what conflicts, for the conflict page.
 */
public class EditConflict extends RuntimeException {

    private final transient Draft theirs;
    private final String savedBy;
    private final transient List<Cell> cells;
    private final boolean prose;

    EditConflict(Draft theirs, String savedBy, List<Cell> cells, boolean prose) {
        super("report " + theirs.id() + ": " + (prose ? "prose" : cells.size() + " cells") + " changed meanwhile");
        this.theirs = theirs;
        this.savedBy = savedBy;
        this.cells = List.copyOf(cells);
        this.prose = prose;
    }

    public Draft theirs() {
        return theirs;
    }

    public String savedBy() {
        return savedBy;
    }

    public List<Cell> cells() {
        return cells;
    }

    public boolean prose() {
        return prose;
    }
}
