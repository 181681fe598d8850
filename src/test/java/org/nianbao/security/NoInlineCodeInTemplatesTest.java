package org.nianbao.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The Content-Security-Policy allows no inline script or style, so no template served to browsers may hold one: no
 * {@code <script>} without {@code src}, no {@code <style>}, no {@code style} and no {@code on*} attribute (nor their
 * Thymeleaf forms {@code th:style}, {@code th:onclick}, …). The PDF templates are rendered on the server and exempt.
 */
class NoInlineCodeInTemplatesTest {

    static List<String> inlineCode(String template) {
        Document doc = Jsoup.parse(template, "", Parser.xmlParser());
        List<String> found = new ArrayList<>();
        for (Element element : doc.getAllElements()) {
            String name = element.tagName().toLowerCase();
            if (name.equals("style")) {
                found.add("<style>");
            }
            if (name.equals("script") && !element.hasAttr("src") && !element.hasAttr("th:src")) {
                found.add("<script> without src");
            }
            for (Attribute attribute : element.attributes()) {
                String key = attribute.getKey().toLowerCase().replaceFirst("^(th:|data-th-)", "");
                if (key.equals("style") || key.equals("styleappend") || key.startsWith("on")
                        || attribute.getValue().strip().toLowerCase().startsWith("javascript:")) {
                    found.add("<" + name + " " + attribute.getKey() + ">");
                }
            }
        }
        return found;
    }

    @Test
    void noServedTemplateHoldsInlineScriptStyleOrHandlers() throws IOException {
        Resource[] templates = new PathMatchingResourcePatternResolver()
                .getResources("classpath*:templates/**/*.html");
        assertThat(templates).hasSizeGreaterThan(20);
        List<String> offences = new ArrayList<>();
        for (Resource template : templates) {
            String path = template.getURL().getPath();
            if (path.contains("/templates/pdf/")) {
                continue;
            }
            try (InputStream in = template.getInputStream()) {
                for (String offence : inlineCode(new String(in.readAllBytes(), StandardCharsets.UTF_8))) {
                    offences.add(path.substring(path.indexOf("/templates/")) + ": " + offence);
                }
            }
        }
        assertThat(offences).isEmpty();
    }

    @Test
    void theCheckFindsEveryKindOfInlineCode() {
        assertThat(inlineCode("""
                <html><head><style>p{}</style><script>alert(1)</script><script th:src="@{/js/a.js}"></script></head>
                <body><p style="color:red" th:style="x" onclick="f()" th:onload="g()">x</p>
                <a href="javascript:f()">y</a><img src="a.png" alt="" onerror="h()"></body></html>"""))
                .containsExactlyInAnyOrder("<style>", "<script> without src", "<p style>", "<p th:style>",
                        "<p onclick>", "<p th:onload>", "<a href>", "<img onerror>");
        assertThat(inlineCode("<div class=\"once\" data-on=\"1\"><script src=\"/js/a.js\"></script></div>")).isEmpty();
    }
}
