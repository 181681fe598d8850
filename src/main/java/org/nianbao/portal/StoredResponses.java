package org.nianbao.portal;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.nianbao.publishing.Mirror;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;

/**
 * Answers a URL with what {@link StoredPages} stored for it: its SHA-256 is the ETag (the same on every instance,
 * for the same bytes), the time they were produced its Last-Modified, {@code Cache-Control: no-cache} and
 * {@code Vary: Cookie} (the 关怀版 is another page); 304 to a conditional request that already holds it. The answer
 * is handed to {@link StoredFileCache}, which replays it for later requests, and written into the mirror if it is
 * not there yet (the mirror was turned on after the bytes were produced).
 */
@Component
class StoredResponses {

    static final MediaType HTML = new MediaType("text", "html", StandardCharsets.UTF_8);
    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    static final MediaType TEXT = new MediaType("text", "plain", StandardCharsets.UTF_8);

    private final StoredFileCache cache;
    private final Mirror mirror;

    StoredResponses(StoredFileCache cache, Mirror mirror) {
        this.cache = cache;
        this.mirror = mirror;
    }

    /** A page ({@code care}: its 关怀版). */
    ResponseEntity<byte[]> page(StoredPages.Stored stored, boolean latestUrl, boolean care, long generation,
            HttpServletRequest http, WebRequest request) {
        return answer(stored, HTML, null, latestUrl, care ? StoredFileCache.Variant.CARE
                : StoredFileCache.Variant.PLAIN, generation, http, request);
    }

    /** A data file, named as its revision's checksum list names it; CSV as an attachment. */
    ResponseEntity<byte[]> file(StoredPages.Stored stored, String kind, boolean latestUrl, long generation,
            HttpServletRequest http, WebRequest request) {
        MediaType type = switch (kind) {
            case "json" -> MediaType.APPLICATION_JSON;
            case "csv" -> CSV;
            default -> TEXT;
        };
        String name = kind.equals("sums") ? "SHA256SUMS" : stored.filename(kind);
        String disposition = (kind.equals("csv") ? ContentDisposition.attachment() : ContentDisposition.inline())
                .filename(name).build().toString();
        return answer(stored, type, disposition, latestUrl, StoredFileCache.Variant.NONE, generation, http, request);
    }

    private ResponseEntity<byte[]> answer(StoredPages.Stored stored, MediaType type, String disposition,
            boolean latestUrl, StoredFileCache.Variant variant, long generation, HttpServletRequest http,
            WebRequest request) {
        String etag = "\"" + stored.sha256() + "\"";
        long lastModified = stored.lastModified().toEpochMilli();
        if (request.checkNotModified(etag, lastModified)) {
            return ResponseEntity.status(304).eTag(etag).lastModified(lastModified).cacheControl(CacheControl.noCache())
                    .varyBy(HttpHeaders.COOKIE).build();
        }
        ResponseEntity.BodyBuilder builder = ResponseEntity.ok().contentType(type).eTag(etag)
                .lastModified(lastModified).cacheControl(CacheControl.noCache()).varyBy(HttpHeaders.COOKIE);
        if (disposition != null) {
            builder.header(HttpHeaders.CONTENT_DISPOSITION, disposition);
        }
        ResponseEntity<byte[]> response = builder.body(stored.content());
        cache.keep(http, generation, latestUrl, variant, response);
        mirrorIfAbsent(StoredFileCache.path(http), variant, stored.content());
        return response;
    }

    private void mirrorIfAbsent(String url, StoredFileCache.Variant variant, byte[] content) {
        if (!mirror.isOn() || !StoredFileCache.URL.matcher(url).matches()) {
            return;
        }
        boolean page = variant != StoredFileCache.Variant.NONE;
        String mirrored = variant == StoredFileCache.Variant.CARE ? "/" + Mirror.CARE + url : url;
        Path file = mirror.fileOf(mirrored, page);
        if (file != null && !Files.exists(file)) {
            if (page) {
                mirror.writePage(url, variant == StoredFileCache.Variant.CARE, content);
            } else {
                mirror.write(url, content);
            }
        }
    }
}
