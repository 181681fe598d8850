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

/** A government agency (机关) with its stable short code (used in URLs) and Chinese name. */
@Entity
public class Agency {

    /** Latin letters and digits, in groups joined by single hyphens: {@code songxian-luhun}. */
    public static final Pattern CODE = Pattern.compile("[A-Za-z0-9]+(-[A-Za-z0-9]+)*");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;

    private String name;

    @Enumerated(EnumType.STRING)
    private AgencyKind kind;

    @ManyToOne(fetch = FetchType.EAGER) // the hierarchy is shallow (county, township); access checks walk it
    @JoinColumn(name = "parent_id")
    private Agency parent;

    protected Agency() {
    }

    public Agency(String code, String name, AgencyKind kind, Agency parent) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("机关代码只能由拉丁字母、数字和连字符组成：" + code);
        }
        if ((kind == AgencyKind.COUNTY) != (parent == null)) {
            throw new IllegalArgumentException("县级人民政府没有上级机关，乡镇和部门必须有上级机关");
        }
        this.code = code;
        this.name = name;
        this.kind = kind;
        this.parent = parent;
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
