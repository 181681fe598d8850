package org.nianbao.portal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * What a release of the portal looks like from outside: a SHA-256 over its version and the bytes of every
 * template, style sheet, script and message file on the class path. The same build gives the same hash on every
 * instance and every start; a release that changes how pages look gives another, so the
 * stored pages ({@link StoredPages}) are rendered again.
 */
@Component
class Deployment {

    private static final String[] PATTERNS = {"classpath*:templates/**/*.html", "classpath*:static/**/*.*",
            "classpath*:*messages*.properties"};

    private final String hash;

    Deployment() {
        this.hash = compute();
    }

    String hash() {
        return hash;
    }

    private static String compute() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            String version = Deployment.class.getPackage().getImplementationVersion();
            digest.update(String.valueOf(version).getBytes(StandardCharsets.UTF_8));
            Map<String, Resource> resources = new TreeMap<>();
            PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
            for (String pattern : PATTERNS) {
                for (Resource resource : resolver.getResources(pattern)) {
                    String url = resource.getURL().toString();
                    // the path inside the class path, the same wherever the jar or folder lies
                    int at = url.lastIndexOf("/templates/");
                    at = at >= 0 ? at : url.lastIndexOf("/static/");
                    at = at >= 0 ? at : url.lastIndexOf('/');
                    resources.put(url.substring(at), resource);
                }
            }
            for (Map.Entry<String, Resource> entry : resources.entrySet()) {
                digest.update(entry.getKey().getBytes(StandardCharsets.UTF_8));
                try (InputStream in = entry.getValue().getInputStream()) {
                    digest.update(in.readAllBytes());
                }
            }
            return HexFormat.of().formatHex(digest.digest(), 0, 16);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
