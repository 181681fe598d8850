package org.nianbao.statutory;

/**
 * A group of rows the format numbers together, e.g. 表三's outcome （三）不予公开 over its eight reasons.
 *
 * @param code  stable across editions (the 2019 edition's single （六）其他处理 row and the 2021 edition's three
 *              rows under it share {@code other})
 * @param name  the short name charts and summaries use (不予公开)
 * @param label the printed label (（三）不予公开)
 */
public record Group(String code, String name, String label) {
}
