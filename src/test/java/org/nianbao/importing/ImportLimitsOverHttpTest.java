package org.nianbao.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Through the real server (Tomcat parses the multipart request, not MockMvc): a report file over the limit is refused
 * on the import form itself, beside the field, with the agency still chosen; the API answers 413 with a Chinese
 * problem detail.
 */
@AutoConfigureMockMvc
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ImportLimitsOverHttpTest {

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private String csrf(String path) throws Exception {
        String page = http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString()).body();
        return Jsoup.parse(page).select("input[name=_csrf]").val();
    }

    private void signIn(String user) throws Exception {
        String form = "username=" + user + "&password=demo&_csrf=" + URLEncoder.encode(csrf("/login"),
                StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
    }

    @Test
    void aReportFileOverTheLimitIsRefusedBesideTheFieldWithTheFormKept() throws Exception {
        signIn("reviewer.songxian");
        String token = csrf("/staff/import");
        String boundary = "----" + UUID.randomUUID();
        byte[] file = new byte[Importing.MAX_FILE_BYTES + 1024 * 1024];
        Arrays.fill(file, (byte) 'a');
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        part(body, boundary, "_csrf", null, token.getBytes(StandardCharsets.UTF_8));
        part(body, boundary, "agency", null, "songxian-luhun".getBytes(StandardCharsets.UTF_8));
        part(body, boundary, "file", "大报告.pdf", file);
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));

        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(uri("/staff/import"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(answer.body());
        assertThat(page.select("#file-error").text()).contains("「大报告.pdf」有 21.0 MB，超过单个文件 20 MB 的上限");
        assertThat(page.select("#agency option[selected]").val()).isEqualTo("songxian-luhun");
    }

    @Test
    void theApiAnswers413WithAChineseProblemDetail() throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(uri("/api/v1/import"))
                .header("Content-Type", "application/pdf")
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[Importing.MAX_FILE_BYTES + 1])).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(answer.body()).contains("文件超过 20 MB 的上限");
    }

    private static void part(ByteArrayOutputStream body, String boundary, String name, String fileName, byte[] content)
            throws Exception {
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\""
                + (fileName == null ? "" : "; filename=\"" + fileName + "\"\r\nContent-Type: application/pdf")
                + "\r\n\r\n";
        body.write(head.getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write("\r\n".getBytes(StandardCharsets.UTF_8));
    }
}
