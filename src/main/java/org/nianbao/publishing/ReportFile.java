package org.nianbao.publishing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * A file of a published revision (its PDF), rendered once at publication and served as stored. Never updated
 * (the database refuses updates too).
 */
@Entity
@Table(name = "report_file")
@IdClass(ReportFile.Key.class)
public class ReportFile {

    @Id
    @Column(name = "report_id")
    private Long reportId;

    @Id
    private String kind;

    private byte[] content;

    private String sha256;

    private Instant createdAt;

    protected ReportFile() {
    }

    ReportFile(Long reportId, String kind, byte[] content, String sha256, Instant createdAt) {
        this.reportId = reportId;
        this.kind = kind;
        this.content = content.clone();
        this.sha256 = sha256;
        this.createdAt = createdAt;
    }

    public Long getReportId() {
        return reportId;
    }

    public String getKind() {
        return kind;
    }

    public byte[] getContent() {
        return content.clone();
    }

    public String getSha256() {
        return sha256;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /** The primary key: report and kind ({@code pdf}). */
    public static class Key implements Serializable {

        private Long reportId;
        private String kind;

        protected Key() {
        }

        public Key(Long reportId, String kind) {
            this.reportId = reportId;
            this.kind = kind;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(reportId, k.reportId) && Objects.equals(kind, k.kind);
        }

        @Override
        public int hashCode() {
            return Objects.hash(reportId, kind);
        }
    }
}
