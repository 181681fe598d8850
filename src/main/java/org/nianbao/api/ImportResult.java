package org.nianbao.api;

import java.time.LocalDate;
import java.util.List;
import org.nianbao.exchange.ExchangeFormat;
import org.nianbao.importing.ImportNote;
import org.nianbao.importing.Importer;
import tools.jackson.databind.node.ObjectNode;

/**
 * The answer of {@code POST /api/v1/import}: the report in the exchange format, the publication date when printed,
 * the validation findings (as {@code /api/v1/validate} answers them), and the notes: what was read as what
 * ({@code readAs}), labels matched only approximately ({@code approximate}) and parts not recognised
 * ({@code unrecognised}).
 */
record ImportResult(ObjectNode report, LocalDate publishedOn, boolean valid, int errorCount, int warningCount,
        List<ValidationResult.Item> findings, List<Note> readAs, List<Note> approximate, List<Note> unrecognised) {

    static ImportResult of(Importer.Checked checked) {
        ValidationResult validation = ValidationResult.of(checked.findings());
        var imported = checked.imported();
        return new ImportResult(ExchangeFormat.write(checked.content()), imported.publishedOn(), validation.valid(),
                validation.errorCount(), validation.warningCount(), validation.findings(), notes(imported.readAs()),
                notes(imported.approximate()), notes(imported.unrecognised()));
    }

    private static List<Note> notes(List<ImportNote> notes) {
        return notes.stream().map(n -> new Note(n.line(), n.where(), n.printed(), n.readAs(), n.message())).toList();
    }

    record Note(int line, String where, String printed, String readAs, String message) {
    }
}
