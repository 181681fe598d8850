package org.nianbao.publishing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A static copy of the public side, for nginx, object storage or a CDN to serve (ADR 0024): every published page
 * and file is written, as it is produced, to the path of its public URL under {@code nianbao.mirror.dir} (unset:
 * off). A file URL keeps its path ({@code /reports/a/2021.pdf} → {@code reports/a/2021.pdf}); a page is written as
 * the {@code index.html} of its path ({@code /reports/a/2021} → {@code reports/a/2021/index.html}), its 关怀版 under
 * {@link #CARE}. Each file is written to a temporary file beside it and renamed, so a reader sees the old bytes or the
 * new ones, never part of them. A failed write is logged and never fails the request: the portal still answers.
 */
@Component
public class Mirror {

    /** The folder, under the mirror's root, holding the 关怀版 of every page at the same paths. */
    public static final String CARE = "_care";

    private static final Logger log = LoggerFactory.getLogger(Mirror.class);
    /** Plain path segments only: no {@code ..}, no empty segment, no backslash or control character. */
    private static final Pattern URL_PATH = Pattern.compile("(/[A-Za-z0-9_][A-Za-z0-9._-]*)+");

    private volatile Path root;

    Mirror(@Value("${nianbao.mirror.dir:}") String directory) {
        this.root = directory.isBlank() ? null : Path.of(directory).toAbsolutePath();
    }

    /** Turns the mirror on at {@code directory}, or off with null (for tests and tools; normally configured). */
    public void setDirectory(Path directory) {
        this.root = directory == null ? null : directory.toAbsolutePath();
    }

    public boolean isOn() {
        return root != null;
    }

    /** Writes the file answered at {@code urlPath} (e.g. {@code /open-data/2023.csv}). */
    public void write(String urlPath, byte[] content) {
        Path target = target(urlPath, false);
        if (target != null) {
            replace(target, content, null);
        }
    }

    /** Writes the file answered at {@code urlPath} from {@code source} (copied; for files too large to hold). */
    public void write(String urlPath, Path source) {
        Path target = target(urlPath, false);
        if (target != null) {
            replace(target, null, source);
        }
    }

    /** Writes the page answered at {@code urlPath} as its {@code index.html} (the 关怀版 under {@link #CARE}). */
    public void writePage(String urlPath, boolean care, byte[] content) {
        Path target = target(care ? "/" + CARE + urlPath : urlPath, true);
        if (target != null) {
            replace(target, content, null);
        }
    }

    /** Where the mirror keeps what {@code urlPath} answers, or null when the mirror is off. */
    public Path fileOf(String urlPath, boolean page) {
        return target(urlPath, page);
    }

    private Path target(String urlPath, boolean page) {
        Path base = root;
        if (base == null) {
            return null;
        }
        if (!URL_PATH.matcher(urlPath).matches()) {
            throw new IllegalArgumentException("not a public URL path: " + urlPath);
        }
        Path target = base.resolve(urlPath.substring(1));
        return page ? target.resolve("index.html") : target;
    }

    private static void replace(Path target, byte[] content, Path source) {
        try {
            Files.createDirectories(target.getParent());
            Path partial = Files.createTempFile(target.getParent(), ".partial-", ".tmp");
            try {
                if (content != null) {
                    Files.write(partial, content);
                } else {
                    Files.copy(source, partial, StandardCopyOption.REPLACE_EXISTING);
                }
                readableByAll(partial); // a temporary file is private; nginx may run as another user
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(partial);
            }
        } catch (IOException | UncheckedIOException e) {
            log.warn("cannot write {} into the mirror: {}", target, e.toString());
        }
    }

    private static void readableByAll(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException notPosix) {
            // the file system's defaults apply
        }
    }
}
