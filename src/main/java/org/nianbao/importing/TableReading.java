package org.nianbao.importing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.nianbao.statutory.AcceptedLabels;
import org.nianbao.statutory.Cell;
import org.nianbao.statutory.Column;
import org.nianbao.statutory.Edition;
import org.nianbao.statutory.Row;
import org.nianbao.statutory.StatTable;
import org.nianbao.text.Text;

/**
 * Reads one statutory table from its lines: every line with figures is matched to a declared row by its label (the
 * last label cell, else label cells joined, else joined with the label-only line before it), its figures taken in
 * the declared column order. Lines without figures must be header lines (every cell a declared label); anything
 * else is reported, never guessed. A line of figures without a label is table 4 printed flat (all 15 cells in one
 * line, as the statutory layout prints them).
 */
final class TableReading {

    /** Below this similarity a label is not matched at all. */
    static final double APPROXIMATE = 0.7;
    /** A unit printed above or in a table (「单位：件」「金额单位：万元，保留4位小数」): not a label, not a figure. */
    private static final Pattern UNIT = Pattern.compile("^(\\(?(金额)?单位:.*)$");

    private final Edition edition;
    private final StatTable table;
    private final StatTable otherEditionTable;
    private final Set<String> headerKeys = new HashSet<>();
    /** Keys of accepted variants and of approximate forms → the declared label they stand for. */
    private final Map<String, String> headerVariants = new LinkedHashMap<>();
    private final Map<Cell, BigDecimal> values = new LinkedHashMap<>();
    private final List<ImportNote> notes = new ArrayList<>();
    private final Set<String> rowsRead = new HashSet<>();

    TableReading(Edition edition, StatTable table) {
        this.edition = edition;
        this.table = table;
        this.otherEditionTable = Edition.all().stream().filter(e -> e != edition)
                .flatMap(e -> e.table(table.code()).stream()).findFirst().orElse(table);
        for (StatTable t : List.of(table, otherEditionTable)) {
            for (Row row : t.rows()) {
                // table 4 prints its row labels as header groups; elsewhere only the groups above the rows are headers
                List<String> labels = t.layout() == StatTable.Layout.FLAT ? row.labels()
                        : row.labels().subList(0, row.labels().size() - 1);
                labels.forEach(this::addHeaderWord);
                if (row.block() != null) {
                    addHeaderWord(row.block());
                }
                for (Column column : row.columns()) {
                    addHeaderWord(column.label());
                    column.groups().forEach(this::addHeaderWord);
                }
            }
            if (t.note() != null) {
                addHeaderWord(t.note());
            }
        }
        AcceptedLabels.headerWords(table).forEach(this::addHeaderWord);
        for (Row row : table.rows()) {
            AcceptedLabels.rowVariants(table, row).forEach(v -> headerVariants.put(Labels.key(v), row.label()));
        }
    }

    private void addHeaderWord(String word) {
        headerKeys.add(Labels.key(word));
        headerKeys.add(Labels.bareKey(word));
    }

    Map<Cell, BigDecimal> values() {
        return values;
    }

    List<ImportNote> notes() {
        return notes;
    }

    void read(List<Line> lines) {
        Line pending = null;
        for (Line line : lines) {
            if (line.isEmpty()) {
                continue;
            }
            int lastLabel = lastLabelCell(line);
            List<String> labels = line.cells().subList(0, lastLabel + 1).stream().filter(c -> !c.isEmpty()).toList();
            List<String> printed = line.cells().subList(lastLabel + 1, line.cells().size());
            boolean hasFigures = printed.stream().anyMatch(c -> !c.isEmpty());
            if (!hasFigures) {
                boolean header = isHeader(line, labels);
                Match blankRow = labels.isEmpty() || header ? null : exact(labels.get(labels.size() - 1), false);
                if (blankRow != null) {
                    readRow(line, blankRow, printed);
                } else if (!header) {
                    if (pending != null) {
                        unrecognised(pending, pending.text(), Text.of("import.table.not-header"));
                    }
                    pending = line;
                }
                continue;
            }
            if (labels.isEmpty()) {
                readFlat(line, printed);
            } else {
                Match match = match(labels, pending);
                if (match == null) {
                    unrecognised(line, line.text(), otherEditionReason(labels));
                } else {
                    if (match.joinedPending() && pending != null) {
                        pending = null;
                    }
                    readRow(line, match, printed);
                }
            }
            if (pending != null) {
                unrecognised(pending, pending.text(), Text.of("import.table.not-header"));
                pending = null;
            }
        }
        if (pending != null) {
            unrecognised(pending, pending.text(), Text.of("import.table.not-header"));
        }
    }

    /** The index of the last cell that is neither empty nor a figure, or -1. */
    private static int lastLabelCell(Line line) {
        for (int i = line.cells().size() - 1; i >= 0; i--) {
            String cell = line.cells().get(i);
            if (!cell.isEmpty() && !PrintedValue.of(cell).isValue()) {
                return i;
            }
        }
        return -1;
    }

    /** Whether {@code line} looks like part of this table: several cells, or only header labels. */
    boolean belongs(Line line) {
        List<String> cells = line.filled();
        return cells.size() > 1 || (!cells.isEmpty() && cells.stream().allMatch(c -> headerKeys.contains(Labels.key(c))
                || headerKeys.contains(Labels.bareKey(c))));
    }

    /** Whether every cell is a declared header label or an accepted variant of one (which is noted). */
    private boolean isHeader(Line line, List<String> cells) {
        List<ImportNote> variants = new ArrayList<>();
        for (String cell : cells) {
            String key = Labels.key(cell);
            if (isHeaderWord(cell) || java.util.Arrays.stream(cell.split("\\s+")).allMatch(this::isHeaderWord)) {
                continue;
            }
            String declared = headerVariants.get(key);
            if (declared == null) {
                return false;
            }
            variants.add(new ImportNote(ImportNote.Kind.READ_AS, line.number(),
                    Text.of("import.table.where.header", table.name()), cell, declared));
        }
        notes.addAll(variants);
        return true;
    }

    /** A header label, a unit, or part of a header label that wrapped over several lines (「商业企」「业」). */
    private boolean isHeaderWord(String cell) {
        String key = Labels.key(cell);
        return headerKeys.contains(key) || headerKeys.contains(Labels.bareKey(cell)) || UNIT.matcher(key).matches()
                || (!key.isEmpty() && headerKeys.stream().anyMatch(h -> h.length() > key.length() && h.contains(key)));
    }

    private record Match(Row row, String printed, String note, boolean approximate, boolean joinedPending) {
    }

    private Match match(List<String> labels, Line pending) {
        List<String> candidates = new ArrayList<>();
        candidates.add(labels.get(labels.size() - 1));
        if (labels.size() > 1) {
            candidates.add(labels.get(labels.size() - 2) + labels.get(labels.size() - 1));
            candidates.add(String.join("", labels));
        }
        for (String candidate : candidates) {
            Match match = exact(candidate, false);
            if (match != null) {
                return match;
            }
        }
        if (pending != null) {
            Match match = exact(pending.text() + labels.get(labels.size() - 1), true);
            if (match != null) {
                return match;
            }
        }
        return approximate(candidates);
    }

    private Match exact(String printed, boolean joinedPending) {
        String key = Labels.key(printed);
        String bare = Labels.bareKey(printed);
        for (Row row : table.rows()) {
            if (Labels.key(row.label()).equals(key)) {
                return new Match(row, printed, joinedPending ? row.label() : null, false, joinedPending);
            }
        }
        for (Row row : table.rows()) {
            for (String variant : AcceptedLabels.rowVariants(table, row)) {
                if (Labels.key(variant).equals(key) || Labels.bareKey(variant).equals(bare)) {
                    return new Match(row, printed, row.label(), false, joinedPending);
                }
            }
        }
        for (Row row : table.rows()) {
            if (!bare.isEmpty() && Labels.bareKey(row.label()).equals(bare)) {
                return new Match(row, printed, row.label(), false, joinedPending);
            }
        }
        return null;
    }

    private Match approximate(List<String> candidates) {
        Match best = null;
        double bestSimilarity = APPROXIMATE;
        for (String candidate : candidates) {
            for (Row row : table.rows()) {
                double similarity = Labels.similarity(Labels.bareKey(candidate), Labels.bareKey(row.label()));
                if (similarity >= bestSimilarity && otherEditionRow(candidate) == null) {
                    bestSimilarity = similarity;
                    best = new Match(row, candidate, row.label(), true, false);
                }
            }
        }
        return best;
    }

    private Row otherEditionRow(String printed) {
        String key = Labels.key(printed);
        return otherEditionTable.rows().stream().filter(r -> Labels.key(r.label()).equals(key))
                .filter(r -> table.row(r.code()).isEmpty()).findFirst().orElse(null);
    }

    private String otherEditionReason(List<String> labels) {
        Row other = otherEditionRow(labels.get(labels.size() - 1));
        if (other != null) {
            return Text.of("import.table.other-edition-row", edition.toString(), table.name());
        }
        return Text.of("import.table.no-row", table.name());
    }

    private void readRow(Line line, Match match, List<String> printed) {
        Row row = match.row();
        String where = table.name() + " " + row.shortLabel();
        if (!rowsRead.add(row.code())) {
            unrecognised(line, line.text(), Text.of("import.table.row-read-twice", where));
            return;
        }
        if (match.approximate()) {
            notes.add(new ImportNote(ImportNote.Kind.APPROXIMATE, line.number(), where, match.printed(), match.note()));
        } else if (match.note() != null) {
            notes.add(new ImportNote(ImportNote.Kind.READ_AS, line.number(), where, match.printed(), match.note()));
        }
        List<Cell> cells = row.columns().stream().map(c -> new Cell(table.code(), row.code(), c.code())).toList();
        place(line, cells, printed, where);
    }

    private void readFlat(Line line, List<String> printed) {
        List<Cell> cells = table.cells();
        if (table.layout() != StatTable.Layout.FLAT || fit(printed, cells.size()).size() != cells.size()
                || !rowsRead.isEmpty()) {
            unrecognised(line, line.text(), Text.of("import.table.no-label", table.name()));
            return;
        }
        table.rows().forEach(r -> rowsRead.add(r.code()));
        place(line, cells, printed, table.name());
    }

    /** Drops the empty cells a merged label leaves at either end until the line has as many cells as the row. */
    private static List<String> fit(List<String> printed, int size) {
        List<String> cells = new ArrayList<>(printed);
        while (cells.size() > size && cells.get(0).isEmpty()) {
            cells.remove(0);
        }
        while (cells.size() > size && cells.get(cells.size() - 1).isEmpty()) {
            cells.remove(cells.size() - 1);
        }
        return cells;
    }

    private void place(Line line, List<Cell> cells, List<String> printed, String where) {
        List<String> fitted = fit(printed, cells.size());
        for (int i = 0; i < cells.size(); i++) {
            Cell cell = cells.get(i);
            if (i >= fitted.size()) {
                notes.add(new ImportNote(ImportNote.Kind.READ_AS, line.number(), edition.cellName(cell),
                        Text.of("import.table.no-cell"), Text.of("import.value.blank")));
                continue;
            }
            PrintedValue value = PrintedValue.of(fitted.get(i));
            if (!value.isValue()) {
                unrecognised(line, fitted.get(i), Text.of("import.table.not-a-number", edition.cellName(cell)));
            } else if (!value.isBlank()) {
                values.put(cell, value.value());
            }
            if (value.isValue() && value.note() != null) {
                notes.add(new ImportNote(ImportNote.Kind.READ_AS, line.number(), edition.cellName(cell), fitted.get(i),
                        value.note()));
            }
        }
        for (int i = cells.size(); i < fitted.size(); i++) {
            unrecognised(line, fitted.get(i), Text.of("import.table.extra-cell", where));
        }
    }

    private void unrecognised(Line line, String printed, String why) {
        notes.add(new ImportNote(ImportNote.Kind.UNRECOGNISED, line.number(), table.name(), printed, why));
    }
}
