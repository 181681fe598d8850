package org.nianbao.publishing;

/**
 * Renders a published revision to a file of one kind (the PDF); {@link Publisher} stores what every renderer
 * returns at publication. Implementations live in the packages that know the format ({@code pdf}).
 */
public interface RevisionRenderer {

    /** The kind stored in {@code report_file.kind}, e.g. {@code pdf}. */
    String kind();

    /** The file's bytes; the same view must give the same bytes. */
    byte[] render(ReportView view);
}
