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
            String parentCode) {

        static AgencyForm empty() {
            return new AgencyForm("", "", null, "");
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
