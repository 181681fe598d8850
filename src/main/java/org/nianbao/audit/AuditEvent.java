package org.nianbao.audit;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/**
 * One entry of the audit log: who did what, when. {@code target} is a cell key
 * ({@code applications.received.natural_person}), a section code, a transition (草稿 → 待审核) or a login name.
 */
@Entity
public class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Instant at;

    private String username;

    @Enumerated(EnumType.STRING)
    private AuditKind kind;

    private Long reportId;

    private String target;

    private String oldValue;

    private String newValue;

    private String comment;

    /** How many times this happened (failed sign-ins of one name from one address are counted on one row). */
    private int occurrences = 1;

    /** When it last happened. */
    private Instant lastAt;

    protected AuditEvent() {
    }

    AuditEvent(Instant at, String username, AuditKind kind, Long reportId, String target, String oldValue,
            String newValue, String comment) {
        this.at = at;
        this.username = username;
        this.kind = kind;
        this.reportId = reportId;
        this.target = target;
        this.oldValue = oldValue;
        this.newValue = newValue;
        this.comment = comment;
        this.lastAt = at;
    }

    public Long getId() {
        return id;
    }

    public Instant getAt() {
        return at;
    }

    public String getUsername() {
        return username;
    }

    public AuditKind getKind() {
        return kind;
    }

    public Long getReportId() {
        return reportId;
    }

    public String getTarget() {
        return target;
    }

    public String getOldValue() {
        return oldValue;
    }

    public String getNewValue() {
        return newValue;
    }

    public String getComment() {
        return comment;
    }

    public int getOccurrences() {
        return occurrences;
    }

    public Instant getLastAt() {
        return lastAt;
    }
}
