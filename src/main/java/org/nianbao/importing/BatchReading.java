package org.nianbao.importing;

import java.time.LocalDate;
import java.util.List;
import java.util.function.BiFunction;
import org.nianbao.statutory.ReportContent;
import org.nianbao.text.Text;
import org.nianbao.validation.Finding;
import org.nianbao.validation.Validator;

/**
 * Reads one file of a batch, saving nothing: its format by name, the report in it, the agency its title names among
 * the candidates ({@link AgencyMatch}), its year, its findings (R5–R7 against the previous year when {@code previous}
 * knows it) and how many notes need attention. Plain Java: the batch service and the benchmark call the same code.
 */
final class BatchReading {

    private BatchReading() {
    }

    /** What a file gave: everything the batch list shows for it. {@code problem} is set when it failed. */
    record Result(String printedAgency, String agencyCode, String agencyName, boolean approximateAgency,
            Integer year, String edition, LocalDate publishedOn, int cells, int findings, int errors,
            int attention, String problem) {

        static Result failed(String problem) {
            return new Result(null, null, null, false, null, null, null, 0, 0, 0, 0, problem);
        }
    }

    static Result read(String fileName, byte[] bytes, List<AgencyMatch.Candidate> candidates,
            BiFunction<String, Integer, ReportContent> previous) {
        ImportFormat format = ImportFormat.ofFileName(fileName).orElse(null);
        if (format == null) {
            return Result.failed(Text.of("import.file.not-importable"));
        }
        Imported imported;
        try {
            imported = Importing.read(bytes, format, null);
        } catch (ImportException e) {
            return Result.failed(e.getMessage());
        } catch (RuntimeException e) {
            return Result.failed(Text.of("import.file.damaged", format.label()));
        }
        ReportContent content = imported.content();
        AgencyMatch match = AgencyMatch.of(content.agencyName(), candidates).orElse(null);
        ReportContent before = match == null ? null : previous.apply(match.code(), content.year() - 1);
        List<Finding> findings = Validator.validate(content, before);
        int errors = (int) findings.stream().filter(Finding::isError).count();
        int attention = imported.approximate().size() + imported.unrecognised().size();
        return new Result(content.agencyName(), match == null ? null : match.code(),
                match == null ? null : match.name(), match != null && match.approximate(), content.year(),
                content.edition().toString(), imported.publishedOn(), content.values().size(), findings.size(),
                errors, attention, null);
    }
}
