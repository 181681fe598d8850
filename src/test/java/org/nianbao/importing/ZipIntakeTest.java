package org.nianbao.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.junit.jupiter.api.Test;

/** A batch's .zip is unpacked within limits, by safe names, whatever encoding its names are in. */
class ZipIntakeTest {

    /**
     * A zip of the entries (name, content), names in {@code encoding}, flagged UTF-8 only when it is UTF-8
     * ({@code UTF-8-unflagged}: UTF-8 names without the flag).
     */
    static byte[] zip(String encoding, Object... entries) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(out)) {
            zip.setEncoding(encoding.replace("-unflagged", ""));
            zip.setUseLanguageEncodingFlag(encoding.equals("UTF-8"));
            zip.setCreateUnicodeExtraFields(ZipArchiveOutputStream.UnicodeExtraFieldPolicy.NEVER);
            for (int i = 0; i < entries.length; i += 2) {
                zip.putArchiveEntry(new ZipArchiveEntry((String) entries[i]));
                zip.write((byte[]) entries[i + 1]);
                zip.closeArchiveEntry();
            }
        }
        return out.toByteArray();
    }

    @Test
    void namesMadeOnChineseWindowsAreReadAsGbkAndUtf8NamesAsUtf8() throws Exception {
        byte[] gbk = zip("GBK", "2021年/陆浑镇人民政府2021年报告.txt", "甲".getBytes(StandardCharsets.UTF_8));
        byte[] utf8 = zip("UTF-8", "陆浑镇人民政府2021年报告.txt", "乙".getBytes(StandardCharsets.UTF_8));
        List<ZipIntake.Entry> fromGbk = ZipIntake.unpack("a.zip", gbk);
        assertThat(fromGbk).singleElement().satisfies(e -> {
            assertThat(e.name()).isEqualTo("2021年/陆浑镇人民政府2021年报告.txt");
            assertThat(ZipIntake.baseName(e.name())).isEqualTo("陆浑镇人民政府2021年报告.txt");
            assertThat(new String(e.bytes(), StandardCharsets.UTF_8)).isEqualTo("甲");
        });
        assertThat(ZipIntake.unpack("b.zip", utf8)).singleElement()
                .satisfies(e -> assertThat(e.name()).isEqualTo("陆浑镇人民政府2021年报告.txt"));
        // 「未知」 in GBK is valid UTF-8 (「δ֪」); unflagged UTF-8 names (some tools write them) stay UTF-8
        assertThat(ZipIntake.unpack("c.zip", zip("GBK", "未知.txt", new byte[] {1}))).singleElement()
                .satisfies(e -> assertThat(e.name()).isEqualTo("未知.txt"));
        assertThat(ZipIntake.unpack("d.zip", zip("UTF-8-unflagged", "陆浑镇年报.txt", new byte[] {1})))
                .singleElement().satisfies(e -> assertThat(e.name()).isEqualTo("陆浑镇年报.txt"));
    }

    @Test
    void namesClimbingOutOfTheArchiveAndNestedArchivesAreRefusedByName() throws Exception {
        byte[] zip = zip("UTF-8", "../../etc/passwd.txt", new byte[] {1}, "/abs.txt", new byte[] {1},
                "C:\\windows\\x.txt", new byte[] {1}, "inner.zip", new byte[] {1}, "ok/report.txt", new byte[] {1});
        List<ZipIntake.Entry> entries = ZipIntake.unpack("a.zip", zip);
        assertThat(entries).hasSize(5);
        assertThat(entries.subList(0, 3)).allSatisfy(e -> {
            assertThat(e.problem()).contains("指向压缩包以外的位置");
            assertThat(e.bytes()).isEmpty();
        });
        assertThat(entries.get(3).problem()).contains("压缩包中的压缩包不会展开");
        assertThat(entries.get(4).problem()).isNull();
    }

    @Test
    void aZipBombStopsAtTheLimitsWithoutUnpackingEverything() throws Exception {
        byte[] bomb = zip("UTF-8", "zeros.txt", new byte[Importing.MAX_FILE_BYTES + 1], "small.txt", new byte[] {1});
        assertThat(bomb.length).isLessThan(100_000);
        List<ZipIntake.Entry> entries = ZipIntake.unpack("bomb.zip", bomb);
        assertThat(entries.get(0).problem()).contains("解压后超过单个文件 20 MB 的上限");
        assertThat(entries.get(0).bytes()).isEmpty();
        assertThat(entries.get(1).problem()).isNull();

        Object[] many = new Object[2 * (ZipIntake.MAX_ENTRIES + 1)];
        for (int i = 0; i < ZipIntake.MAX_ENTRIES + 1; i++) {
            many[2 * i] = i + ".txt";
            many[2 * i + 1] = new byte[] {1};
        }
        assertThatThrownBy(() -> ZipIntake.unpack("many.zip", zip("UTF-8", many)))
                .isInstanceOf(ImportException.class).hasMessageContaining("1001 个文件，超过一次 1000 个的上限");

        Object[] big = new Object[2 * 16];
        for (int i = 0; i < 16; i++) {
            big[2 * i] = i + ".txt";
            big[2 * i + 1] = new byte[Importing.MAX_FILE_BYTES];
        }
        assertThatThrownBy(() -> ZipIntake.unpack("big.zip", zip("UTF-8", big)))
                .isInstanceOf(ImportException.class).hasMessageContaining("解压后超过 300 MB 的上限");
    }

    @Test
    void somethingThatIsNotAZipIsRefusedWithItsName() {
        assertThatThrownBy(() -> ZipIntake.unpack("报告.zip", "不是压缩包".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ImportException.class).hasMessageContaining("「报告.zip」不是可以读取的 .zip 压缩包");
    }
}
