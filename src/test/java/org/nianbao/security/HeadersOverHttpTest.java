package org.nianbao.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.nianbao.PortalTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Through the real server (Tomcat's RemoteIpValve in front): a request that came over TLS through the trusted proxy
 * ({@code X-Forwarded-Proto: https} from loopback) gets HSTS, {@code Secure} cookies and {@code https://} redirects;
 * sessions never show up in URLs; a stored file answered by the cache carries exactly the headers the application
 * answered it with.
 */
@PortalTest
class HeadersOverHttpTest {

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();

    HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void behindTheTlsProxyRedirectsAreHttpsAndCookiesSecure() throws Exception {
        HttpResponse<String> staff = get("/staff", "X-Forwarded-Proto", "https");
        assertThat(staff.statusCode()).isEqualTo(302);
        assertThat(staff.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).startsWith("https://"));
        assertThat(staff.headers().firstValue("Strict-Transport-Security")).hasValue(
                "max-age=31536000 ; includeSubDomains");

        HttpResponse<String> login = get("/login", "X-Forwarded-Proto", "https");
        assertThat(login.headers().allValues("Set-Cookie")).isNotEmpty()
                .allSatisfy(c -> assertThat(c).contains("; Secure").contains("HttpOnly"));
        HttpResponse<String> care = get("/care?on=1", "X-Forwarded-Proto", "https");
        assertThat(care.headers().allValues("Set-Cookie")).singleElement().asString().contains("; Secure");
    }

    @Test
    void overPlainHttpThereIsNoHstsAndNoSecureCookie() throws Exception {
        HttpResponse<String> staff = get("/staff");
        assertThat(staff.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).startsWith("http://"));
        assertThat(staff.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(get("/login").headers().allValues("Set-Cookie")).isNotEmpty()
                .noneSatisfy(c -> assertThat(c).contains("Secure"));
        assertThat(staff.headers().firstValue("Content-Security-Policy")).hasValue(
                SecurityHeaders.CONTENT_SECURITY_POLICY);
    }

    @Test
    void noSessionIdInAnyUrl() throws Exception {
        for (String path : new String[] {"/login", "/no/such/page", "/staff", "/"}) {
            HttpResponse<String> response = get(path, "Accept", "text/html");
            assertThat(response.headers().firstValue("Location").orElse("")).as(path).doesNotContain("jsessionid");
            assertThat(Jsoup.parse(response.body()).select("a[href], form[action], link[href], script[src]")
                    .eachAttr("abs:href")).as(path).noneMatch(href -> href.toLowerCase().contains("jsessionid"));
            assertThat(response.body().toLowerCase()).as(path).doesNotContain("jsessionid");
        }
    }

    @Test
    void aStoredFileFromTheCacheCarriesTheSameHeadersAsFromTheApplication() throws Exception {
        String url = "/reports/songxian-luhun/2021/revisions/1.docx";
        for (String proto : new String[] {"http", "https"}) {
            HttpResponse<String> first = get(url, "X-Forwarded-Proto", proto);
            HttpResponse<String> second = get(url, "X-Forwarded-Proto", proto);
            assertThat(first.statusCode()).isEqualTo(200);
            assertThat(headers(second)).as(proto).isEqualTo(headers(first));
            assertThat(second.headers().firstValue("Content-Security-Policy")).as(proto)
                    .hasValue(SecurityHeaders.CONTENT_SECURITY_POLICY);
            assertThat(second.headers().firstValue("Strict-Transport-Security").isPresent()).as(proto)
                    .isEqualTo(proto.equals("https"));
        }
    }

    static Map<String, List<String>> headers(HttpResponse<?> response) {
        Map<String, List<String>> kept = new TreeMap<>(response.headers().map());
        kept.keySet().removeAll(List.of("date", "keep-alive", "connection"));
        return kept;
    }
}
