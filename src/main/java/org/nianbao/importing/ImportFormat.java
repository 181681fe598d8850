package org.nianbao.importing;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.nianbao.text.Text;

/** The forms in which reports are published (and staff spreadsheets kept), by media type and file extension. */
public enum ImportFormat {
    TEXT("import.format.text", "text/plain", "txt"),
    HTML("import.format.html", "text/html", "html", "htm"),
    DOCX("import.format.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    PDF("import.format.pdf", "application/pdf", "pdf"),
    XLSX("import.format.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    /** The key of the format's name in messages.properties. */
    private final String labelKey;
    private final String mediaType;
    private final String[] extensions;

    ImportFormat(String labelKey, String mediaType, String... extensions) {
        this.labelKey = labelKey;
        this.mediaType = mediaType;
        this.extensions = extensions;
    }

    /** The format's name in messages. */
    public String label() {
        return Text.of(labelKey);
    }

    public String mediaType() {
        return mediaType;
    }

    /** The format of a {@code Content-Type} (parameters such as charset ignored). */
    public static Optional<ImportFormat> ofMediaType(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.mediaType.equals(type)).findFirst();
    }

    /** The format of a file name by its extension. */
    public static Optional<ImportFormat> ofFileName(String name) {
        if (name == null || name.lastIndexOf('.') < 0) {
            return Optional.empty();
        }
        String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> Arrays.asList(f.extensions).contains(extension)).findFirst();
    }
}
