package org.nianbao.importing;

import java.time.LocalDate;
import java.util.List;
import org.nianbao.statutory.ReportContent;

/**
 * What the importer read from a published report: its content with every printed figure as printed (blanks blank,
 * totals not recomputed), the publication date when the report prints one, and every note on what was not read
 * exactly as declared.
 */
public record Imported(ReportContent content, LocalDate publishedOn, List<ImportNote> notes) {

    public Imported {
        notes = List.copyOf(notes);
    }

    public List<ImportNote> notes(ImportNote.Kind kind) {
        return notes.stream().filter(n -> n.kind() == kind).toList();
    }

    public List<ImportNote> readAs() {
        return notes(ImportNote.Kind.READ_AS);
    }

    public List<ImportNote> approximate() {
        return notes(ImportNote.Kind.APPROXIMATE);
    }

    public List<ImportNote> unrecognised() {
        return notes(ImportNote.Kind.UNRECOGNISED);
    }
}
