package org.nianbao.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.nianbao.text.Text;

/**
 * The files of an uploaded {@code .zip}, read safely: at most {@link #MAX_ENTRIES} files, each at most
 * {@link Importing#MAX_FILE_BYTES} and all together at most {@link #MAX_TOTAL_BYTES} once unpacked (counted while
 * unpacking, never trusting the sizes the archive declares: a zip bomb stops at the limit); a name is only ever a
 * label (nothing is written to disk), and an entry whose name climbs out of the archive ({@code ..}, an absolute path,
 * a drive letter) is refused by name; names not flagged UTF-8 are read as GBK (GB18030), what zips made on Chinese
 * Windows hold, unless they read better as UTF-8 ({@link #namesCharset}); folders are flattened, nested archives are
 * not opened.
 */
final class ZipIntake {

    static final int MAX_ENTRIES = 1000;
    static final long MAX_TOTAL_BYTES = 300L * 1024 * 1024;
    private static final Charset GBK = Charset.forName("GB18030");

    private ZipIntake() {
    }

    /** A file found in the archive: its name (path within the archive) and its bytes, or why it was not taken. */
    record Entry(String name, byte[] bytes, String problem) {
    }

    static boolean isZip(String fileName, byte[] bytes) {
        return (fileName != null && fileName.toLowerCase(java.util.Locale.ROOT).endsWith(".zip"))
                || (bytes.length > 3 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4
                        && ImportFormat.ofFileName(fileName).isEmpty());
    }

    /**
     * @throws ImportException when the archive cannot be read at all, has too many files, or unpacks to too much
     */
    static List<Entry> unpack(String zipName, byte[] zip) {
        List<Entry> entries = new ArrayList<>();
        try (ZipFile file = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(zip)).get()) {
            List<ZipArchiveEntry> all = Collections.list(file.getEntriesInPhysicalOrder());
            long files = all.stream().filter(e -> !e.isDirectory()).count();
            if (files > MAX_ENTRIES) {
                throw new ImportException(Text.of("import.zip.too-many", zipName, files, MAX_ENTRIES));
            }
            Charset names = namesCharset(all);
            long total = 0;
            for (ZipArchiveEntry entry : all) {
                if (entry.isDirectory()) {
                    continue;
                }
                String name = name(entry, names);
                if (climbsOut(name)) {
                    entries.add(new Entry(name, new byte[0], Text.of("import.zip.climbs-out", name)));
                    continue;
                }
                if (ImportFormat.ofFileName(name).isEmpty() && name.toLowerCase(java.util.Locale.ROOT).endsWith(".zip")) {
                    entries.add(new Entry(name, new byte[0], Text.of("import.zip.nested")));
                    continue;
                }
                if (!file.canReadEntryData(entry)) {
                    entries.add(new Entry(name, new byte[0], Text.of("import.zip.unsupported")));
                    continue;
                }
                try (InputStream in = file.getInputStream(entry)) {
                    byte[] bytes = in.readNBytes(Importing.MAX_FILE_BYTES + 1);
                    if (bytes.length > Importing.MAX_FILE_BYTES) {
                        entries.add(new Entry(name, new byte[0], Text.of("import.zip.entry-too-large",
                                Importing.MAX_FILE_BYTES / 1024 / 1024)));
                        continue;
                    }
                    total += bytes.length;
                    if (total > MAX_TOTAL_BYTES) {
                        throw new ImportException(Text.of("import.zip.total-too-large", zipName,
                                MAX_TOTAL_BYTES / 1024 / 1024));
                    }
                    entries.add(new Entry(name, bytes, null));
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ImportException refused) {
                throw refused;
            }
            throw new ImportException(Text.of("import.zip.unreadable", zipName), e);
        }
        return entries;
    }

    /** The entry's name: UTF-8 when flagged, else in the charset the archive's unflagged names are in. */
    static String name(ZipArchiveEntry entry, Charset names) {
        byte[] raw = entry.getRawName();
        if (raw == null || entry.getGeneralPurposeBit().usesUTF8ForNames()) {
            return entry.getName();
        }
        return new String(raw, names);
    }

    /**
     * The charset of the names not flagged UTF-8, decided once for the archive: GBK when they are not valid UTF-8,
     * or when, read as GBK, a larger share of their characters are Chinese, ASCII or CJK punctuation than read as
     * UTF-8 (a short GBK name can happen to be valid UTF-8: 「未知」 is 「δ֪」).
     */
    static Charset namesCharset(List<ZipArchiveEntry> entries) {
        StringBuilder utf8 = new StringBuilder();
        StringBuilder gbk = new StringBuilder();
        for (ZipArchiveEntry entry : entries) {
            byte[] raw = entry.getRawName();
            if (raw == null || entry.getGeneralPurposeBit().usesUTF8ForNames()) {
                continue;
            }
            try {
                utf8.append(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(raw)));
            } catch (CharacterCodingException notUtf8) {
                return GBK;
            }
            gbk.append(new String(raw, GBK));
        }
        // compared as shares: the same bytes read as GBK make fewer characters than read as UTF-8
        return gbk.indexOf("\uFFFD") < 0 && plausible(gbk) * utf8.length() > plausible(utf8) * gbk.length()
                ? GBK : StandardCharsets.UTF_8;
    }

    /** How many characters of a file name are what Chinese file names are made of. */
    private static long plausible(CharSequence name) {
        long count = 0;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < 0x80 || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3000 && c <= 0x303F)
                    || (c >= 0xFF00 && c <= 0xFFEF)) {
                count++;
            }
        }
        return count;
    }

    static boolean climbsOut(String name) {
        String path = name.replace('\\', '/');
        return path.startsWith("/") || path.matches("^[A-Za-z]:.*") || ("/" + path + "/").contains("/../");
    }

    /** The file name without the folders it sits in. */
    static String baseName(String name) {
        String path = name.replace('\\', '/');
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
