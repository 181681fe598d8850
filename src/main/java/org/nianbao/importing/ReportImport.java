package org.nianbao.importing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The mark of an imported revision (导入): the original file as uploaded, its SHA-256, the publication date as printed
 * or entered, who imported it and when. Never updated.
 */
@Entity
@Table(name = "report_import")
public class ReportImport {

    @Id
    @Column(name = "report_id")
    private Long reportId;

    @Column(name = "file_name")
    private String fileName;

    @Column(name = "media_type")
    private String mediaType;

    private byte[] content;

    private String sha256;

    @Column(name = "published_on")
    private LocalDate publishedOn;

    @Column(name = "imported_by")
    private String importedBy;

    @Column(name = "imported_at")
    private Instant importedAt;

    protected ReportImport() {
    }

    ReportImport(Long reportId, String fileName, String mediaType, byte[] content, String sha256,
            LocalDate publishedOn, String importedBy, Instant importedAt) {
        this.reportId = reportId;
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.content = content;
        this.sha256 = sha256;
        this.publishedOn = publishedOn;
        this.importedBy = importedBy;
        this.importedAt = importedAt;
    }

    public Long getReportId() {
        return reportId;
    }

    public String getFileName() {
        return fileName;
    }

    public String getMediaType() {
        return mediaType;
    }

    public byte[] getContent() {
        return content;
    }

    public String getSha256() {
        return sha256;
    }

    public LocalDate getPublishedOn() {
        return publishedOn;
    }

    public String getImportedBy() {
        return importedBy;
    }

    public Instant getImportedAt() {
        return importedAt;
    }
}
