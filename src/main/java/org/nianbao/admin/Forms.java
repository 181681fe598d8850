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
            @NotBlank(message = "请填写机关代码")
            @Size(max = 64, message = "机关代码最多 64 个字符")
            @Pattern(regexp = "[A-Za-z0-9]+(-[A-Za-z0-9]+)*|", message = "机关代码只能由拉丁字母、数字和连字符组成，如 songxian-luhun")
            String code,
            @NotBlank(message = "请填写机关名称") @Size(max = 200, message = "机关名称最多 200 个字符") String name,
            @NotNull(message = "请选择机关层级") AgencyKind kind,
            String parentCode,
            @Pattern(regexp = "[0-9]{6}|[0-9]{9}|", message = "行政区划代码应为 6 位（县级以上）或 9 位（乡级）数字，如 410325")
            String divisionCode,
            @Size(max = 200, message = "电子邮箱最多 200 个字符")
            @Pattern(regexp = "[^@\\s]+@[^@\\s]+|", message = "请填写有效的电子邮箱，如 gongkai@example.gov.cn")
            String contactEmail) {

        static AgencyForm empty() {
            return new AgencyForm("", "", null, "", "", "");
        }
    }

    /** Changing an agency: its 行政区划代码, reminder address and place in the hierarchy. */
    record AgencyChangeForm(
            @Pattern(regexp = "[0-9]{6}|[0-9]{9}|", message = "行政区划代码应为 6 位（县级以上）或 9 位（乡级）数字，如 410325")
            String divisionCode,
            @Size(max = 200, message = "电子邮箱最多 200 个字符")
            @Pattern(regexp = "[^@\\s]+@[^@\\s]+|", message = "请填写有效的电子邮箱，如 gongkai@example.gov.cn")
            String contactEmail,
            String parentCode) {
    }

    /** A local deadline for one level below a government. */
    record DeadlineForm(
            @NotBlank(message = "请选择规定日期的人民政府") String agencyCode,
            @NotNull(message = "请选择适用的机关层级") AgencyKind kind,
            @NotBlank(message = "请填写日期，如 3-10")
            @Pattern(regexp = "\\s*(1[0-2]|0?[1-9])\\s*[-月./]\\s*(3[01]|[12][0-9]|0?[1-9])\\s*日?\\s*|",
                    message = "日期应写作“月-日”，如 3-10 或 3月10日")
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
            @NotBlank(message = "请填写用户名")
            @Size(max = 64, message = "用户名最多 64 个字符")
            @Pattern(regexp = "[a-z0-9._-]*", message = "用户名只能由小写字母、数字、点、下划线和连字符组成")
            String username,
            @NotBlank(message = "请填写姓名") @Size(max = 100, message = "姓名最多 100 个字符") String displayName,
            @NotBlank(message = "请设置密码") String password) { // the rest of the rules: PasswordPolicy

        static UserForm empty() {
            return new UserForm("", "", "");
        }
    }

    record GrantForm(@NotNull(message = "请选择角色") Role role, String agencyCode) {
    }
}
