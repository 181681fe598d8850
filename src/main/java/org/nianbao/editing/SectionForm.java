package org.nianbao.editing;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.nianbao.draft.Draft;
import org.nianbao.statutory.Cell;
import org.nianbao.statutory.ReportContent;
import org.nianbao.statutory.Section;
import org.nianbao.statutory.StatTable;
import org.nianbao.statutory.ValueKind;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;

/**
 * What the form of one section holds, as typed: the prose of a prose section, or the text of every input cell of a
 * table section (by {@link Cell#key()}; derived totals are never typed); and what each of them held when the form
 * was loaded ({@code baseText}, {@code base}, posted as {@code base.text} and {@code base.<cell key>}), so that a
 * save changes only what this person changed and conflicts only where someone else changed the same thing
 * (see {@link SectionMerge}). A base that is absent (null) means "not known": the typed value is taken.
 */
public record SectionForm(String text, String baseText, Map<String, String> cells, Map<String, String> base) {

    /** The longest prose a section takes, in characters. */
    static final int MAX_TEXT = 20000;

    /** The name of the prose field. */
    static final String TEXT = "text";

    /** The prefix of the fields that carry what the form was loaded with. */
    static final String BASE = "base.";

    public SectionForm {
        cells = Map.copyOf(cells);
        base = Map.copyOf(base);
    }

    /** The form as the saved report fills it. */
    static SectionForm of(Draft draft, Section section) {
        return of(draft.content(), section);
    }

    static SectionForm of(ReportContent content, Section section) {
        Map<String, String> cells = new LinkedHashMap<>();
        if (!section.isProse()) {
            for (Cell cell : section.table().cells()) {
                if (!section.table().isDerived(cell)) {
                    cells.put(cell.key(), format(content.value(cell), section.table().kind(cell)));
                }
            }
        }
        String text = section.isProse() ? content.section(section.code()) : null;
        return new SectionForm(text, text, cells, cells);
    }

    /** The form as posted: the prose, each input cell's field (absent fields are blank), and the base fields. */
    static SectionForm from(Section section, Map<String, String> params) {
        Map<String, String> cells = new LinkedHashMap<>();
        Map<String, String> base = new LinkedHashMap<>();
        if (!section.isProse()) {
            for (Cell cell : section.table().cells()) {
                if (!section.table().isDerived(cell)) {
                    cells.put(cell.key(), params.getOrDefault(cell.key(), ""));
                    if (params.containsKey(BASE + cell.key())) {
                        base.put(cell.key(), params.get(BASE + cell.key()));
                    }
                }
            }
        }
        String text = section.isProse() ? lines(params.getOrDefault(TEXT, "")) : null;
        String baseText = section.isProse() && params.containsKey(BASE + TEXT) ? lines(params.get(BASE + TEXT))
                : null;
        return new SectionForm(text, baseText, cells, base);
    }

    private static String lines(String text) {
        return text.replace("\r\n", "\n");
    }

    /** A figure as the editor shows it in its field: counts whole, amounts with their significant decimals. */
    static String format(BigDecimal value, ValueKind kind) {
        if (value == null) {
            return "";
        }
        return kind == ValueKind.AMOUNT ? value.stripTrailingZeros().toPlainString()
                : value.toBigInteger().toString();
    }

    /** The base field of a cell, or null when the form did not carry it. */
    public String baseOf(String key) {
        return base.get(key);
    }

    /** This form with other base values (what the conflict page resolves against). */
    SectionForm withBase(String newBaseText, Map<String, String> newBase) {
        return new SectionForm(text, newBaseText, cells, newBase);
    }

    /** This form with the typed values replaced where {@code typed} names them. */
    SectionForm withTyped(String newText, Map<String, String> typed) {
        Map<String, String> merged = new LinkedHashMap<>(cells);
        merged.putAll(typed);
        return new SectionForm(newText, baseText, merged, base);
    }

    /** An empty binding result over this form's fields. */
    BindingResult newBindingResult() {
        Map<String, Object> fields = new HashMap<>(cells);
        if (text != null) {
            fields.put(TEXT, text);
        }
        return new MapBindingResult(fields, "section");
    }

    /** Whether the typed prose is within {@link #MAX_TEXT}; rejects the field in {@code errors} when not. */
    boolean proseFits(BindingResult errors) {
        int length = text.codePointCount(0, text.length());
        if (length > MAX_TEXT) {
            errors.rejectValue(TEXT, "text.too-long",
                    new Object[] { String.valueOf(MAX_TEXT), String.valueOf(length) }, null);
            return false;
        }
        return true;
    }

    /**
     * Every input cell of {@code table} as typed, read strictly; refused fields are rejected in {@code errors}
     * (and absent from the answer). Blank cells map to null.
     */
    Map<Cell, BigDecimal> typedValues(StatTable table, BindingResult errors) {
        Map<Cell, BigDecimal> values = new HashMap<>();
        for (Cell cell : table.cells()) {
            if (table.isDerived(cell)) {
                continue;
            }
            CellInput input = CellInput.parse(cells.get(cell.key()), table.kind(cell));
            if (input.isRefused()) {
                errors.rejectValue(cell.key(), input.error());
            } else {
                values.put(cell, input.value());
            }
        }
        return values;
    }
}
