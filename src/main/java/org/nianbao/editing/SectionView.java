package org.nianbao.editing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.nianbao.draft.Draft;
import org.nianbao.draft.FindingLink;
import org.nianbao.statutory.Cell;
import org.nianbao.statutory.Edition;
import org.nianbao.statutory.Help;
import org.nianbao.statutory.Row;
import org.nianbao.statutory.Section;
import org.nianbao.statutory.StatTable;
import org.nianbao.statutory.TableLayout;
import org.nianbao.statutory.ValueKind;
import org.nianbao.validation.Finding;

/**
 * One section's editor page: the saved report with its findings, the form as typed (or as saved), and the message
 * beside each refused field. {@link #format(Cell)} gives each cell's text, so the same layout renders as a grid.
 */
public record SectionView(Draft draft, Section section, SectionForm form, Map<String, String> fieldErrors) {

    public SectionView {
        fieldErrors = Map.copyOf(fieldErrors);
    }

    public TableLayout layout() {
        return TableLayout.of(section.table());
    }

    private StatTable table() {
        return section.table();
    }

    /** The text of a cell's field: as typed, or the computed total for a derived cell. */
    public String format(Cell cell) {
        if (table().isDerived(cell)) {
            return SectionForm.format(draft.content().value(cell), table().kind(cell));
        }
        return form.cells().getOrDefault(cell.key(), "");
    }

    public boolean derived(Cell cell) {
        return table().isDerived(cell);
    }

    public String error(Cell cell) {
        return fieldErrors.get(cell.key());
    }

    public String textError() {
        return fieldErrors.get(SectionForm.TEXT);
    }

    public boolean hasInputErrors() {
        return !fieldErrors.isEmpty();
    }

    public String anchor(Cell cell) {
        return FindingLink.anchor(cell);
    }

    public String errorId(Cell cell) {
        return anchor(cell) + "-error";
    }

    public String findingsId(Cell cell) {
        return anchor(cell) + "-findings";
    }

    /** Whether the cell's input is announced as invalid: its input was refused, or an error finding concerns it. */
    public boolean invalid(Cell cell) {
        return error(cell) != null || draft.findings().stream().anyMatch(f -> f.isError() && f.concerns(cell));
    }

    /** The ids of what describes the cell's input: its input error, the findings on it; null when none. */
    public String describedBy(Cell cell) {
        List<String> ids = new ArrayList<>();
        if (error(cell) != null) {
            ids.add(errorId(cell));
        }
        if (findingsOn(cell) != null) {
            ids.add(findingsId(cell));
        }
        return ids.isEmpty() ? null : String.join(" ", ids);
    }

    /** What the keyboard offers for the cell: whole numbers, or decimals for amounts. */
    public String inputMode(Cell cell) {
        return switch (table().kind(cell)) {
            case COUNT -> "numeric";
            case SIGNED_COUNT, AMOUNT -> "decimal";
        };
    }

    public String kind(Cell cell) {
        return table().kind(cell).name().toLowerCase();
    }

    /** The cell keys a derived total adds up (what the page's script sums live), as the edition declares them. */
    public String parts(Cell cell) {
        Row row = table().row(cell.row()).orElseThrow();
        List<String> parts = row.isTotal()
                ? row.parts().stream().map(p -> new Cell(cell.table(), p, cell.column()).key()).toList()
                : row.column(cell.column()).orElseThrow().parts().stream()
                        .map(p -> new Cell(cell.table(), cell.row(), p).key()).toList();
        return String.join(" ", parts);
    }

    /** Last year's figure of the cell, shown beside this year's; null when last year has none. */
    public String lastYear(Cell cell) {
        if (draft.lastYear() == null || !draft.lastYear().edition().hasCell(cell)) {
            return null;
        }
        BigDecimal value = draft.lastYear().value(cell);
        return value == null ? null : SectionForm.format(value, table().kind(cell));
    }

    /** The messages of the findings that concern the cell, joined; null when none does. */
    public String findingsOn(Cell cell) {
        List<Finding> on = draft.findings().stream().filter(f -> f.concerns(cell)).toList();
        return on.isEmpty() ? null : on.stream().map(Finding::message).collect(Collectors.joining("；"));
    }

    /** The classes of a value cell: derived, flagged by an error or a warning, refused input. */
    public String cellClass(Cell cell) {
        List<String> classes = new ArrayList<>();
        if (derived(cell)) {
            classes.add("derived");
        }
        if (draft.findings().stream().anyMatch(f -> f.isError() && f.concerns(cell))) {
            classes.add("flag-error");
        } else if (draft.concerns(cell)) {
            classes.add("flag-warning");
        }
        if (error(cell) != null) {
            classes.add("has-error");
        }
        return String.join(" ", classes);
    }

    /** What the table's rows and columns mean (from the format notice), for the help beside the grid. */
    public List<Help.Item> explanations() {
        return section.isProse() ? List.of() : draft.content().edition().help().items(table());
    }

    /** What a printed header of the grid means (shown in a disclosure beside it), or null. */
    public String help(TableLayout.Item header) {
        return header.kind() == TableLayout.Item.Kind.NOTE ? null
                : draft.content().edition().help().header(table(), header.text());
    }

    /** The ids of the labels of the headers over a value cell: its accessible name, without the help buttons. */
    public String labelledBy(TableLayout.Item value) {
        return value.headers().stream().map(id -> id + "-label").collect(Collectors.joining(" "));
    }

    /** The id of a header's help text, unique on the page. */
    public String helpId(TableLayout.Item header) {
        return header.id() + "-help";
    }

    public List<FindingLink> findingsHere() {
        return draft.findingLinks(section);
    }

    /**
     * The prose limit the page's script warns about as the user types (T3, as the edition declares it), or 0 when
     * the section has none.
     */
    public int softLimit() {
        return draft.content().edition().lengthLimit(section.code());
    }

    public int maxText() {
        return SectionForm.MAX_TEXT;
    }

    public String href(Section other) {
        return draft.path() + "/sections/" + other.code();
    }

    /** Whether the table has amounts (万元), so the page states their unit and decimals. */
    public boolean hasAmounts() {
        return !section.isProse() && table().columns().stream().anyMatch(c -> c.kind() == ValueKind.AMOUNT);
    }

    public int amountScale() {
        return ValueKind.AMOUNT_SCALE;
    }
}
