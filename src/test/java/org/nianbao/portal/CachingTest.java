package org.nianbao.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nianbao.PortalTest;
import org.nianbao.agency.AgencyRepository;
import org.nianbao.report.ReportRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/** Public pages and downloads answer conditional requests with 304, until something new is published. */
@PortalTest
@ExtendWith(FixedClock.class)
class CachingTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ReportRepository reports;

    @Autowired
    AgencyRepository agencies;

    @ParameterizedTest
    @ValueSource(strings = {"/", "/?year=2021", "/agencies/songxian-luhun", "/search?q=依申请公开",
            "/timeliness/songxian/2021", "/open-data", "/open-data/2021.csv", "/open-data/2021.xlsx",
            "/reports/songxian-luhun/2021.csv", "/reports/songxian-luhun/2021", "/reports/songxian-luhun/2021.json"})
    void aConditionalRequestIsAnsweredNotModified(String url) throws Exception {
        MockHttpServletResponse first = mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse();
        String etag = first.getHeader(HttpHeaders.ETAG);
        assertThat(etag).as(url).isNotBlank();
        assertThat(first.getHeader(HttpHeaders.CACHE_CONTROL)).as(url).isEqualTo("no-cache");
        assertThat(first.getHeaders(HttpHeaders.VARY)).as(url).contains("Cookie");
        MockHttpServletResponse again = mvc.perform(get(url).header(HttpHeaders.IF_NONE_MATCH, etag))
                .andExpect(status().isNotModified()).andReturn().getResponse();
        assertThat(again.getContentAsByteArray()).isEmpty();
        assertThat(again.getHeader(HttpHeaders.ETAG)).isEqualTo(etag);
        // the lists' ETags are hashes of their bytes (no query, so no date to give); files and report pages have one
        boolean list = url.equals("/") || url.startsWith("/?") || url.startsWith("/agencies/")
                || url.startsWith("/search") || url.startsWith("/timeliness/") || url.equals("/open-data");
        if (!list) {
            assertThat(first.getHeader(HttpHeaders.LAST_MODIFIED)).as(url).isNotBlank();
            mvc.perform(get(url).header(HttpHeaders.IF_MODIFIED_SINCE, first.getHeader(HttpHeaders.LAST_MODIFIED)))
                    .andExpect(status().isNotModified());
        }
    }

    @Test
    void theCareSwitchChangesTheEtag() throws Exception {
        String plain = mvc.perform(get("/")).andReturn().getResponse().getHeader(HttpHeaders.ETAG);
        String care = mvc.perform(get("/").cookie(new Cookie("care", "1"))).andReturn().getResponse()
                .getHeader(HttpHeaders.ETAG);
        assertThat(care).isNotEqualTo(plain);
        mvc.perform(get("/").cookie(new Cookie("care", "1")).header(HttpHeaders.IF_NONE_MATCH, plain))
                .andExpect(status().isOk());
    }

    @Test
    @Transactional
    void aNewPublicationChangesTheEtag() throws Exception {
        String before = mvc.perform(get("/")).andReturn().getResponse().getHeader(HttpHeaders.ETAG);
        PublishedFixtures.publish(agencies, reports, "songxian-etag", "缓存镇人民政府", 2022, "新报告。",
                Instant.parse("2023-01-10T02:00:00Z"));
        MockHttpServletResponse after = mvc.perform(get("/").header(HttpHeaders.IF_NONE_MATCH, before))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(after.getHeader(HttpHeaders.ETAG)).isNotEqualTo(before);
        assertThat(after.getContentAsString()).contains("缓存镇人民政府2022年政府信息公开工作年度报告");
    }
}
