package org.nianbao.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.nianbao.agency.AgencyKind;
import org.nianbao.security.Role;

/** The admin pages' forms. */
final class Forms {

    private Forms() {
    }

    record AgencyForm(
            @NotBlank(message = "{admin.agency.code.required}")
            @Size(max = 64, message = "{admin.agency.code.size}")
            @Pattern(regexp = "[A-Za-z0-9]+(-[A-Za-z0-9]+)*|", message = "{admin.agency.code.pattern}")
            String code,
            @NotBlank(message = "{admin.agency.name.required}")
            @Size(max = 200, message = "{admin.agency.name.size}") String name,
            @NotNull(message = "{admin.agency.kind.required}") AgencyKind kind,
            String parentCode,
            @Pattern(regexp = "[0-9]{6}|[0-9]{9}|", message = "{admin.agency.division-code.pattern}")
            String divisionCode,
            @Size(max = 200, message = "{admin.agency.email.size}")
            @Pattern(regexp = "[^@\\s]+@[^@\\s]+|", message = "{admin.agency.email.pattern}")
            String contactEmail) {

        static AgencyForm empty() {
            return new AgencyForm("", "", null, "", "", "");
        }
    }

    /** Changing an agency: its 行政区划代码, reminder address and place in the hierarchy. */
    record AgencyChangeForm(
            @Pattern(regexp = "[0-9]{6}|[0-9]{9}|", message = "{admin.agency.division-code.pattern}")
            String divisionCode,
            @Size(max = 200, message = "{admin.agency.email.size}")
            @Pattern(regexp = "[^@\\s]+@[^@\\s]+|", message = "{admin.agency.email.pattern}")
            String contactEmail,
            String parentCode) {
    }

    /** A local deadline for one level below a government. */
    record DeadlineForm(
            @NotBlank(message = "{admin.deadline.agency.required}") String agencyCode,
            @NotNull(message = "{admin.deadline.kind.required}") AgencyKind kind,
            @NotBlank(message = "{admin.deadline.day.required}")
            @Pattern(regexp = "\\s*(1[0-2]|0?[1-9])\\s*[-月./]\\s*(3[01]|[12][0-9]|0?[1-9])\\s*日?\\s*|",
                    message = "{admin.deadline.day.pattern}")
            String day) {

        static DeadlineForm empty() {
            return new DeadlineForm("", null, "");
        }

        int monthValue() {
            return Integer.parseInt(day.strip().split("\\s*[-月./]\\s*")[0]);
        }

        int dayValue() {
            return Integer.parseInt(day.strip().split("\\s*[-月./]\\s*")[1].replace("日", "").strip());
        }
    }

    record UserForm(
            @NotBlank(message = "{admin.user.username.required}")
            @Size(max = 64, message = "{admin.user.username.size}")
            @Pattern(regexp = "[a-z0-9._-]*", message = "{admin.user.username.pattern}")
            String username,
            @NotBlank(message = "{admin.user.display-name.required}")
            @Size(max = 100, message = "{admin.user.display-name.size}") String displayName,
            @NotBlank(message = "{admin.user.password.required}") String password) { // the rest of the rules: PasswordPolicy

        static UserForm empty() {
            return new UserForm("", "", "");
        }
    }

    record GrantForm(@NotNull(message = "{admin.grant.role.required}") Role role, String agencyCode) {
    }
}
