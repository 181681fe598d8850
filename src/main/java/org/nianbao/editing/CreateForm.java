package org.nianbao.editing;

/** The form that creates an agency's report on a year: the agency's code and the year, as typed. */
public record CreateForm(String agency, String year) {

    static CreateForm blank(int defaultYear) {
        return new CreateForm("", String.valueOf(defaultYear));
    }
}
