package org.nianbao.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.nianbao.PortalTest;
import org.nianbao.agency.AgencyRepository;
import org.nianbao.editing.StaffFixtures;
import org.nianbao.security.Role;
import org.nianbao.security.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/** A draft's preview shows the report as the public will see it, without an empty date or links to nothing. */
@PortalTest
@Transactional
class DraftPreviewTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AgencyRepository agencies;

    @Test
    void thePreviewHasNoEmptyDateAndNoDownloadLinks() throws Exception {
        Staff editor = StaffFixtures.staff("test.i12.editor", Role.EDITOR,
                agencies.findByCode("songxian-jiuxian").orElseThrow());
        String location = mvc.perform(post("/staff/reports").with(user(editor)).with(csrf())
                .param("agency", "songxian-jiuxian").param("year", "2023"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        Document preview = Jsoup.parse(mvc.perform(get(location + "/preview").with(user(editor)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        String meta = preview.select("article.report p.meta").text();
        assertThat(meta).isEqualTo("尚未发布").doesNotContain("发布日期").doesNotContain("·");
        assertThat(preview.select("article.report a")).as("no public download of an unpublished report")
                .noneMatch(a -> a.attr("href").startsWith("/reports/"));
        assertThat(preview.select("article.report .downloads")).isEmpty();
    }
}
