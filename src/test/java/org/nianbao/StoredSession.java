package org.nianbao;

import jakarta.servlet.http.Cookie;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * One browser's session across MockMvc requests. Sessions live in PostgreSQL (Spring Session JDBC) and are found by
 * their {@code SESSION} cookie, so a {@code MockHttpSession} does not carry them: this sends the cookie the last
 * answer set, as a browser would. Use {@code session.perform(mvc, request)}.
 */
public final class StoredSession implements RequestPostProcessor {

    private Cookie cookie;

    public ResultActions perform(MockMvc mvc, RequestBuilder request) throws Exception {
        return mvc.perform(request).andDo(result -> {
            Cookie set = result.getResponse().getCookie("SESSION");
            if (set != null) {
                cookie = set.getMaxAge() == 0 ? null : set;
            }
        });
    }

    @Override
    public MockHttpServletRequest postProcessRequest(MockHttpServletRequest request) {
        if (cookie != null) {
            request.setCookies(cookie);
        }
        return request;
    }
}
