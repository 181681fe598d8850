package org.nianbao.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.nianbao.PortalTest;
import org.nianbao.agency.AgencyKind;
import org.nianbao.agency.AgencyRepository;
import org.nianbao.security.AppUserRepository;
import org.nianbao.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** Admin forms answer bad input beside the field, keep what was typed and save nothing; good input is saved. */
@PortalTest
class AdminPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService staff;
    @Autowired
    AgencyRepository agencies;
    @Autowired
    AppUserRepository users;

    private Document submit(String url, String... params) throws Exception {
        var request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(url).with(csrf())
                .with(user(staff.loadUserByUsername("admin")));
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return Jsoup.parse(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }

    @Test
    void aBadAgencyCodeIsExplainedBesideTheFieldAndNothingIsSaved() throws Exception {
        long before = agencies.count();
        Document page = submit("/admin/agencies", "code", "白河镇", "name", "白河镇人民政府", "kind", "TOWNSHIP",
                "parentCode", "songxian");
        assertThat(page.select("#code-error").text()).isEqualTo("机关代码只能由拉丁字母、数字和连字符组成，如 songxian-luhun");
        assertThat(page.select("#code").val()).isEqualTo("白河镇");
        assertThat(page.select("#name").val()).isEqualTo("白河镇人民政府");
        assertThat(agencies.count()).isEqualTo(before);
    }

    @Test
    void aTakenCodeAndAMissingParentAreRefused() throws Exception {
        Document page = submit("/admin/agencies", "code", "songxian-luhun", "name", "重复", "kind", "TOWNSHIP",
                "parentCode", "songxian");
        assertThat(page.select("#code-error").text()).isEqualTo("机关代码“songxian-luhun”已被使用");
        page = submit("/admin/agencies", "code", "songxian-baihe", "name", "白河镇人民政府", "kind", "TOWNSHIP",
                "parentCode", "");
        assertThat(page.select("#parent-error").text()).isEqualTo("乡镇人民政府/街道办事处必须有上级人民政府");
        assertThat(agencies.findByCode("songxian-baihe")).isEmpty();
    }

    @Test
    void anAgencyAndAnAccountWithARoleCanBeAdded() throws Exception {
        var admin = user(staff.loadUserByUsername("admin"));
        mvc.perform(post("/admin/agencies").with(csrf()).with(admin).param("code", "songxian-dazhang")
                .param("name", "大章镇人民政府").param("kind", "TOWNSHIP").param("parentCode", "songxian"))
                .andExpect(redirectedUrl("/admin/agencies"));
        assertThat(agencies.findByCode("songxian-dazhang").orElseThrow().getKind()).isEqualTo(AgencyKind.TOWNSHIP);

        mvc.perform(post("/admin/users").with(csrf()).with(admin).param("username", "editor.dazhang")
                .param("displayName", "大章镇填报人").param("password", "long-enough-secret"))
                .andExpect(redirectedUrl("/admin/users"));
        long id = users.findByUsername("editor.dazhang").orElseThrow().getId();
        mvc.perform(post("/admin/users/" + id + "/grants").with(csrf()).with(admin).param("role", "EDITOR")
                .param("agencyCode", "songxian-dazhang")).andExpect(redirectedUrl("/admin/users#user-" + id));
        assertThat(users.findByUsername("editor.dazhang").orElseThrow().getGrants())
                .anySatisfy(g -> {
                    assertThat(g.getRole()).isEqualTo(Role.EDITOR);
                    assertThat(g.getAgency().getCode()).isEqualTo("songxian-dazhang");
                });
    }

    @Test
    void aShortPasswordIsRefusedAndNeverShownBack() throws Exception {
        Document page = submit("/admin/users", "username", "new.user", "displayName", "新用户", "password", "short");
        assertThat(page.select("#password-error").text()).isEqualTo("密码长度应为 8 到 64 个字符（现为 5 个）");
        assertThat(page.select("#username").val()).isEqualTo("new.user");
        assertThat(page.select("#password").val()).isEmpty();
        assertThat(users.findByUsername("new.user")).isEmpty();
    }
}
