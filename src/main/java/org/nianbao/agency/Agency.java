package org.nianbao.agency;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.util.regex.Pattern;
import org.nianbao.text.Text;

/** A government agency (机关) with its stable short code (used in URLs) and Chinese name. */
@Entity
public class Agency {

    /** Latin letters and digits, in groups joined by single hyphens: {@code songxian-luhun}. */
    public static final Pattern CODE = Pattern.compile("[A-Za-z0-9]+(-[A-Za-z0-9]+)*");

    /** 行政区划代码: 6 digits (county level and above) or 9 digits (township level). */
    public static final Pattern DIVISION_CODE = Pattern.compile("[0-9]{6}|[0-9]{9}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;

    private String name;

    @Enumerated(EnumType.STRING)
    private AgencyKind kind;

    @ManyToOne(fetch = FetchType.EAGER) // a handful of levels at most (province to township); access checks walk it
    @JoinColumn(name = "parent_id")
    private Agency parent;

    /** 行政区划代码: 6 digits (county and above) or 9 (township level); null when not recorded. */
    private String divisionCode;

    /** Where chasing reminders go; null when none. */
    private String contactEmail;

    protected Agency() {
    }

    public Agency(String code, String name, AgencyKind kind, Agency parent) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException(Text.of("agency.code.invalid", code));
        }
        String problem = kind.placementProblem(parent == null ? null : parent.getKind());
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        this.code = code;
        this.name = name;
        this.kind = kind;
        this.parent = parent;
    }

    /** As {@link #Agency(String, String, AgencyKind, Agency)}, with its 行政区划代码 (6 or 9 digits, or null). */
    public Agency(String code, String name, AgencyKind kind, Agency parent, String divisionCode) {
        this(code, name, kind, parent);
        setDivisionCode(divisionCode);
    }

    /**
     * Moves this agency (with everything below it, its reports and history, which stay attached to it) under
     * {@code newParent}, or to the top with null. Refused when the kinds do not fit or when {@code newParent} is this
     * agency or stands below it (a cycle).
     */
    public void moveUnder(Agency newParent) {
        String problem = kind.placementProblem(newParent == null ? null : newParent.getKind());
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        for (Agency a = newParent; a != null; a = a.getParent()) {
            if (a.getId() != null && a.getId().equals(id) || a == this) {
                throw new IllegalArgumentException(Text.of("agency.move.cycle"));
            }
        }
        this.parent = newParent;
    }

    /** Whether this agency is {@code ancestor} or stands somewhere below it. */
    public boolean isWithin(Agency ancestor) {
        for (Agency a = this; a != null; a = a.getParent()) {
            if (a.getId().equals(ancestor.getId())) {
                return true;
            }
        }
        return false;
    }

    public void setDivisionCode(String divisionCode) {
        String code = divisionCode == null || divisionCode.isBlank() ? null : divisionCode.strip();
        if (code != null && !DIVISION_CODE.matcher(code).matches()) {
            throw new IllegalArgumentException(Text.of("agency.division-code.invalid", divisionCode));
        }
        this.divisionCode = code;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail == null || contactEmail.isBlank() ? null : contactEmail.strip();
    }

    public String getDivisionCode() {
        return divisionCode;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public AgencyKind getKind() {
        return kind;
    }

    public Agency getParent() {
        return parent;
    }
}
