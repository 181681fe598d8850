package org.nianbao.editing;

/**
 * The form that creates an agency's report on a year: the agency's code and the year, as typed, and whether to start
 * from last year's prose ({@code copyProse} is "on" when ticked).
 */
public record CreateForm(String agency, String year, String copyProse) {

    static CreateForm blank(int defaultYear) {
        return new CreateForm("", String.valueOf(defaultYear), null);
    }

    public boolean copiesProse() {
        return "on".equals(copyProse);
    }
}
