package org.nianbao.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.net.URI;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nianbao.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** The 关怀版 switch: a plain link sets a cookie, every page then has {@code <body class="care">}. */
@PortalTest
@ExtendWith(FixedClock.class)
class CareModeTest {

    @Autowired
    MockMvc mvc;

    private Document page(String url, Cookie... cookies) throws Exception {
        var request = get(url).accept(MediaType.TEXT_HTML);
        if (cookies.length > 0) {
            request.cookie(cookies);
        }
        return Jsoup.parse(mvc.perform(request).andReturn().getResponse().getContentAsString());
    }

    @Test
    void theSwitchSetsACookieAndGoesBack() throws Exception {
        Document plain = page("/search?q=陆浑");
        String link = plain.selectFirst("a.care-switch").attr("href");
        assertThat(plain.selectFirst("a.care-switch").text()).isEqualTo("关怀版");
        assertThat(plain.body().hasClass("care")).isFalse();

        MockHttpServletResponse response = mvc.perform(get(URI.create(link))).andExpect(status().isSeeOther())
                .andReturn().getResponse();
        assertThat(response.getHeader(HttpHeaders.LOCATION)).isEqualTo("/search?q=%E9%99%86%E6%B5%91");
        Cookie cookie = response.getCookie("care");
        assertThat(cookie.getValue()).isEqualTo("1");
        assertThat(cookie.getMaxAge()).isGreaterThan(0);
        assertThat(cookie.getPath()).isEqualTo("/");
    }

    @Test
    void theCookieKeepsTheCarePageAcrossPages() throws Exception {
        Cookie care = new Cookie("care", "1");
        for (String url : new String[] {"/", "/agencies/songxian-luhun", "/reports/songxian-luhun/2021",
                "/timeliness/songxian/2021", "/search?q=镇", "/open-data", "/agencies/nowhere"}) {
            Document doc = page(url, care);
            assertThat(doc.body().hasClass("care")).as(url).isTrue();
            assertThat(doc.selectFirst("a.care-switch").text()).as(url).isEqualTo("退出关怀版");
        }
    }

    @Test
    void turningItOffClearsTheCookie() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/care").param("on", "0").param("back", "/open-data"))
                .andExpect(status().isSeeOther()).andExpect(header().string(HttpHeaders.LOCATION, "/open-data"))
                .andReturn().getResponse();
        assertThat(response.getCookie("care").getMaxAge()).isZero();
    }

    @Test
    void itNeverSendsPeopleToAnotherSite() throws Exception {
        for (String back : new String[] {"//evil.example/", "https://evil.example/", "/\\evil.example", "evil"}) {
            mvc.perform(get("/care").param("on", "1").param("back", back))
                    .andExpect(header().string(HttpHeaders.LOCATION, "/"));
        }
    }
}
