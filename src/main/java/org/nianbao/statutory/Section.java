package org.nianbao.statutory;

/**
 * One of the six sections. A prose section has no table; a table section's table has the section's code.
 * 
 */
public record Section(String numeral, String code, String heading, StatTable table) {

    public boolean isProse() {
        return table == null;
    }
}
