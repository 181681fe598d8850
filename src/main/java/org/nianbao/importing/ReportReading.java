package org.nianbao.importing;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nianbao.statutory.Cell;
import org.nianbao.statutory.Edition;
import org.nianbao.statutory.ReportContent;
import org.nianbao.statutory.Section;
import org.nianbao.text.Text;

/**
 * Reads a published report from its lines, whatever format they came from: the title (agency, year, hence the
 * edition), the six sections by their headings (renumbered or approximate headings accepted and noted; a missing
 * 一、总体情况 heading means the text after the title; a missing table heading means the table starts at the first
 * line of several cells), the prose as paragraphs, the tables through {@link TableReading}, and the publication
 * date printed under the title or at the end. Nothing is repaired: figures stay as printed.
 */
final class ReportReading {

    private static final Pattern TITLE = Pattern.compile("^(.*?)(\\d{4})年度?(政府信息公开(工作)?年度报告)$");
    private static final Pattern DATE = Pattern.compile(
            "^(?:发布日期|发布时间|日期|时间)?:?(\\d{4})(?:年|-|/|\\.)(\\d{1,2})(?:月|-|/|\\.)(\\d{1,2})日?$");
    private static final int LONGEST_HEADING = 40;
    private static final double HEADING_SIMILARITY = 0.75;

    private final List<Line> lines;
    private final List<ImportNote> notes = new ArrayList<>();
    private LocalDate publishedOn;
    private Edition edition;

    private ReportReading(List<Line> lines) {
        this.lines = lines;
    }

    /** Reads {@code lines}; {@code agencyCode} (may be null) is put into the content as the agency's code. */
    static Imported read(List<Line> lines, String agencyCode) {
        return new ReportReading(lines).read(agencyCode);
    }

    private Imported read(String agencyCode) {
        int title = -1;
        Matcher m = null;
        for (int i = 0; i < lines.size() && title < 0; i++) {
            m = TITLE.matcher(Labels.fold(lines.get(i).text()));
            if (m.matches()) {
                title = i;
            }
        }
        if (title < 0) {
            throw new ImportException(Text.of("import.report.no-title"));
        }
        String agencyName = m.group(1);
        if (agencyName.isEmpty()) {
            agencyName = previousText(title);
        }
        int year = Integer.parseInt(m.group(2));
        edition = Edition.forYear(year).orElseThrow(() -> new ImportException(
                Text.of("import.report.year-out-of-range", year, Edition.FIRST_YEAR)));
        Line titleLine = lines.get(title);
        if (m.group(4) == null) {
            notes.add(new ImportNote(ImportNote.Kind.READ_AS, titleLine.number(), Text.of("import.report.where.title"),
                    titleLine.text(), Edition.title(agencyName, year)));
        }
        for (int i = 0; i < title; i++) {
            if (!lines.get(i).isEmpty() && !lines.get(i).text().equals(agencyName)) {
                unrecognised(lines.get(i), Text.of("import.report.before-title"));
            }
        }

        List<Section> sections = edition.sections();
        int[] starts = headings(sections, title + 1);
        int[] begins = new int[sections.size()];
        int[] bounds = new int[sections.size()];
        for (int s = 0; s < sections.size(); s++) {
            begins[s] = starts[s] >= 0 ? starts[s] + 1 : missingHeading(sections, starts, s, title);
            bounds[s] = starts[s] >= 0 ? starts[s] : begins[s];
        }
        readBetweenTitleAndFirstSection(title, bounds);
        Map<String, String> prose = new LinkedHashMap<>();
        Map<Cell, BigDecimal> values = new HashMap<>();
        for (int s = 0; s < sections.size(); s++) {
            if (begins[s] < 0) {
                continue;
            }
            Section section = sections.get(s);
            int to = lines.size();
            for (int t = s + 1; t < sections.size(); t++) {
                if (bounds[t] >= 0) {
                    to = bounds[t];
                    break;
                }
            }
            List<Line> region = lines.subList(begins[s], Math.max(begins[s], to));
            if (section.isProse()) {
                prose.put(section.code(), prose(region, s == sections.size() - 1 ? agencyName : null));
            } else {
                TableReading table = new TableReading(edition, section.table());
                table.read(region);
                values.putAll(table.values());
                notes.addAll(table.notes());
            }
        }
        ReportContent content = new ReportContent(agencyCode, agencyName, year, edition, prose, values);
        return new Imported(content, publishedOn, notes);
    }

    private String previousText(int index) {
        for (int i = index - 1; i >= 0; i--) {
            if (!lines.get(i).isEmpty()) {
                return Labels.fold(lines.get(i).text());
            }
        }
        return "";
    }

    /** The line index of each section's heading, or -1; headings are looked for in order. */
    private int[] headings(List<Section> sections, int from) {
        int[] starts = new int[sections.size()];
        java.util.Arrays.fill(starts, -1);
        int next = 0;
        for (int i = from; i < lines.size() && next < sections.size(); i++) {
            Line line = lines.get(i);
            String text = Labels.fold(line.text());
            if (line.filled().size() != 1 || text.length() > LONGEST_HEADING) {
                continue;
            }
            for (int s = next; s < sections.size(); s++) {
                Section section = sections.get(s);
                String key = Labels.key(text);
                String declared = Labels.key(section.heading());
                double similarity = Labels.similarity(key, declared);
                if (key.equals(declared) || similarity >= HEADING_SIMILARITY) {
                    starts[s] = i;
                    next = s + 1;
                    if (!key.equals(declared)) {
                        notes.add(new ImportNote(ImportNote.Kind.APPROXIMATE, line.number(),
                                Text.of("import.report.where.title"), line.text(),
                                section.heading()));
                    } else if (!Labels.numbering(text).equals(Labels.numbering(section.heading()))) {
                        notes.add(new ImportNote(ImportNote.Kind.READ_AS, line.number(),
                                Text.of("import.report.where.title"), line.text(),
                                section.heading()));
                    }
                    break;
                }
            }
        }
        return starts;
    }

    /** Between the title and the first section: the publication date when printed there; anything else is noted. */
    private void readBetweenTitleAndFirstSection(int title, int[] bounds) {
        int first = java.util.Arrays.stream(bounds).filter(b -> b >= 0).min().orElse(lines.size());
        for (int i = title + 1; i < first; i++) {
            Line line = lines.get(i);
            LocalDate date = date(line.text());
            if (date != null) {
                notes.add(new ImportNote(ImportNote.Kind.READ_AS, line.number(),
                        Text.of("import.report.where.under-title"), line.text(),
                        Text.of("import.report.published-on", date.toString())));
                publishedOn = date;
            } else if (!line.isEmpty()) {
                unrecognised(line, Text.of("import.report.between-title-and-first"));
            }
        }
    }

    /**
     * Where section {@code s} starts when its heading is missing: the overview right after the title, a table at
     * the first line of several cells after the previous heading; -1 when it cannot be found (it stays empty).
     */
    private int missingHeading(List<Section> sections, int[] starts, int s, int title) {
        Section section = sections.get(s);
        int from = -1;
        if (s == 0) {
            from = title + 1;
        } else if (!section.isProse()) {
            int previous = title;
            for (int t = s - 1; t >= 0 && previous == title; t--) {
                previous = Math.max(previous, starts[t]);
            }
            int end = lines.size();
            for (int t = s + 1; t < starts.length; t++) {
                if (starts[t] >= 0) {
                    end = starts[t];
                    break;
                }
            }
            TableReading table = new TableReading(edition, section.table());
            for (int i = previous + 1; i < end && from < 0; i++) {
                if (table.belongs(lines.get(i))) {
                    from = i;
                }
            }
        }
        if (from < 0 || from >= lines.size()) {
            notes.add(new ImportNote(ImportNote.Kind.UNRECOGNISED, 0, section.heading(), section.heading(),
                    Text.of("import.report.section-missing")));
            return -1;
        }
        notes.add(new ImportNote(ImportNote.Kind.READ_AS, lines.get(from).number(), section.heading(),
                Text.of("import.report.no-heading"), Text.of("import.report.read-from-here", section.heading())));
        return from;
    }

    /** The paragraphs of a prose section; dates (and, in the last section, the agency's name) read as the 落款. */
    private String prose(List<Line> region, String agencyName) {
        List<String> paragraphs = new ArrayList<>();
        int end = region.size();
        for (int i = 0; i < end; i++) {
            Line line = region.get(i);
            if (line.isEmpty()) {
                continue;
            }
            LocalDate date = date(line.text());
            boolean signature = agencyName != null && Labels.key(line.text()).equals(Labels.key(agencyName))
                    && region.subList(i + 1, end).stream().allMatch(l -> l.isEmpty() || date(l.text()) != null);
            if (date != null || signature) {
                notes.add(new ImportNote(ImportNote.Kind.READ_AS, line.number(),
                        Text.of("import.report.where.signature"), line.text(),
                        date != null ? Text.of("import.report.published-on", date.toString())
                                : Text.of("import.report.publishing-agency")));
                if (date != null && publishedOn == null) {
                    publishedOn = date;
                }
                continue;
            }
            paragraphs.add(line.text());
        }
        return String.join("\n\n", paragraphs);
    }

    private static LocalDate date(String text) {
        Matcher m = DATE.matcher(Labels.fold(text));
        if (!m.matches()) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private void unrecognised(Line line, String why) {
        notes.add(new ImportNote(ImportNote.Kind.UNRECOGNISED, line.number(), "", line.text(), why));
    }
}
