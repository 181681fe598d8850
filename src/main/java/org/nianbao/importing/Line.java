package org.nianbao.importing;

import java.util.List;

/**
 * One line of a document as the importer reads it, whatever the format: a paragraph is a line of one cell, a table
 * row a line of its cells, merged cells expanded into a grid (the cells a span covers beyond its first are empty).
 * {@code number} locates the line in the source for messages (the line of a text file, the paragraph or table row
 * of other formats, counted from 1).
 */
record Line(int number, List<String> cells) {

    Line {
        cells = cells.stream().map(c -> c == null ? "" : c.strip()).toList();
    }

    static Line of(int number, String... cells) {
        return new Line(number, List.of(cells));
    }

    /** The cells that hold something. */
    List<String> filled() {
        return cells.stream().filter(c -> !c.isEmpty()).toList();
    }

    boolean isEmpty() {
        return filled().isEmpty();
    }

    /** The line as one text, its filled cells joined by a space. */
    String text() {
        return String.join(" ", filled());
    }
}
