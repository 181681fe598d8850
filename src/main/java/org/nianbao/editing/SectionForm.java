package org.nianbao.editing;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.nianbao.statutory.Cell;
import org.nianbao.statutory.ReportContent;
import org.nianbao.statutory.Section;
import org.nianbao.statutory.StatTable;
import org.nianbao.statutory.ValueKind;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;

/**
 * What the form of one section holds, as typed: the report version it was loaded at, the prose of a prose section,
 * or the text of every input cell of a table section (by {@link Cell#key()}; derived totals are never typed).
 */
public record SectionForm(String version, String text, Map<String, String> cells) {

    /** The longest prose a section takes, in characters. */
    static final int MAX_TEXT = 20000;

    /** The name of the prose field. */
    static final String TEXT = "text";

    public SectionForm {
        cells = Map.copyOf(cells);
    }

    /** The form as the saved report fills it. */
    static SectionForm of(Draft draft, Section section) {
        Map<String, String> cells = new LinkedHashMap<>();
        if (!section.isProse()) {
            for (Cell cell : section.table().cells()) {
                if (!section.table().isDerived(cell)) {
                    cells.put(cell.key(), format(draft.content().value(cell), section.table().kind(cell)));
                }
            }
        }
        return new SectionForm(String.valueOf(draft.version()), section.isProse()
                ? draft.content().section(section.code()) : null, cells);
    }

    /** The form as posted: the version, the prose, and each input cell's field (absent fields are blank). */
    static SectionForm from(Section section, Map<String, String> params) {
        Map<String, String> cells = new LinkedHashMap<>();
        if (!section.isProse()) {
            for (Cell cell : section.table().cells()) {
                if (!section.table().isDerived(cell)) {
                    cells.put(cell.key(), params.getOrDefault(cell.key(), ""));
                }
            }
        }
        String text = section.isProse() ? params.getOrDefault(TEXT, "").replace("\r\n", "\n") : null;
        return new SectionForm(params.getOrDefault("version", ""), text, cells);
    }

    /** A figure as the editor shows it in its field: counts whole, amounts with their significant decimals. */
    static String format(BigDecimal value, ValueKind kind) {
        if (value == null) {
            return "";
        }
        return kind == ValueKind.AMOUNT ? value.stripTrailingZeros().toPlainString()
                : value.toBigInteger().toString();
    }

    /** The version the form was loaded at, or -1 when the field is missing or garbled (which then conflicts). */
    long versionNumber() {
        try {
            return Long.parseLong(version.strip());
        } catch (RuntimeException e) {
            return -1;
        }
    }

    /** An empty binding result over this form's fields. */
    BindingResult newBindingResult() {
        Map<String, Object> fields = new HashMap<>(cells);
        if (text != null) {
            fields.put(TEXT, text);
        }
        return new MapBindingResult(fields, "section");
    }

    /**
     * {@code saved} with this section replaced by the form's content and every total recomputed; or null, with
     * every refused field rejected in {@code errors}, when any input is refused (then nothing is to be saved).
     */
    ReportContent apply(ReportContent saved, Section section, BindingResult errors) {
        if (section.isProse()) {
            int length = text.codePointCount(0, text.length());
            if (length > MAX_TEXT) {
                errors.rejectValue(TEXT, "text.too-long",
                        new Object[] { String.valueOf(MAX_TEXT), String.valueOf(length) }, null);
                return null;
            }
            Map<String, String> sections = new LinkedHashMap<>(saved.sections());
            sections.put(section.code(), text);
            return new ReportContent(saved.agencyCode(), saved.agencyName(), saved.year(), saved.edition(), sections,
                    saved.values());
        }
        StatTable table = section.table();
        Map<Cell, BigDecimal> values = new HashMap<>(saved.values());
        values.keySet().removeIf(c -> c.table().equals(table.code()));
        for (Cell cell : table.cells()) {
            if (table.isDerived(cell)) {
                continue;
            }
            CellInput input = CellInput.parse(cells.get(cell.key()), table.kind(cell));
            if (input.isRefused()) {
                errors.rejectValue(cell.key(), input.error());
            } else if (input.value() != null) {
                values.put(cell, input.value());
            }
        }
        return errors.hasErrors() ? null : saved.withValues(values).withComputedTotals();
    }
}
