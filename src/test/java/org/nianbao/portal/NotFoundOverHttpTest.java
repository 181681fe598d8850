package org.nianbao.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.nianbao.PortalTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Through the real server (and its error dispatch): any unknown URL gets the Chinese 404 page. */
@PortalTest
class NotFoundOverHttpTest {

    @LocalServerPort
    int port;

    @Test
    void anUnknownUrlGetsTheChineseNotFoundPage() throws Exception {
        for (String path : new String[] {"/no/such/page", "/reports/songxian-luhun/abc", "/reports/nowhere/2021"}) {
            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                            .header("Accept", "text/html").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(Jsoup.parse(response.body()).select("h1").text()).as(path).isEqualTo("页面不存在（404）");
        }
    }
}
