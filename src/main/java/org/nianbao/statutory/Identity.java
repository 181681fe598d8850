package org.nianbao.statutory;

import java.util.List;

/**
 * An arithmetic identity the figures of a table must satisfy: the sum of {@code left} equals the sum of
 * {@code right}. With {@link Axis#ROWS} the operands are rows and the identity holds in every column; with
 * {@link Axis#COLUMNS} they are columns and it holds in every row. Sum rules are derived from the totals declared
 * on rows and columns; balances (R1) are declared on the table.
 */
public record Identity(String rule, Axis axis, List<String> left, List<String> right) {

    public enum Axis { ROWS, COLUMNS }

    public Identity {
        left = List.copyOf(left);
        right = List.copyOf(right);
    }
}
