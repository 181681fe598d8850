package org.nianbao.portal;

/** A line in a list of published reports. */
public record ReportSummary(String agencyCode, String agencyName, int year, int revision, String publishedDate) {

    public String path() {
        return "/reports/" + agencyCode + "/" + year;
    }

    public String title() {
        return org.nianbao.statutory.Edition.title(agencyName, year);
    }
}
