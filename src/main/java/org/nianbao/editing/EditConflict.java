package org.nianbao.editing;

/**
 * Someone else saved the report after the form was loaded: nothing of this save was written. Carries what is saved
 * now ({@code theirs}) and who saved it last, for the conflict page.
 */
public class EditConflict extends RuntimeException {

    private final transient Draft theirs;
    private final String savedBy;

    EditConflict(Draft theirs, String savedBy) {
        super("report " + theirs.id() + " changed to version " + theirs.version());
        this.theirs = theirs;
        this.savedBy = savedBy;
    }

    public Draft theirs() {
        return theirs;
    }

    public String savedBy() {
        return savedBy;
    }
}
