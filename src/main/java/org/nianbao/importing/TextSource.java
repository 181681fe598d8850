package org.nianbao.importing;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.nianbao.text.Text;

/**
 * Plain text copied from a web page: one line per line, cells separated by tabs (how browsers copy tables). A line
 * without tabs that ends in figures separated by spaces is split at the spaces. UTF-8, else GB18030 (what Chinese
 * Windows saves).
 */
final class TextSource {

    private static final Pattern SPACES = Pattern.compile("[ \\u3000\\u00a0]+");
    private static final Charset GB18030 = Charset.forName("GB18030");

    private TextSource() {
    }

    static String decode(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            try {
                return GB18030.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException again) {
                throw new ImportException(Text.of("import.text.encoding"));
            }
        }
    }

    static List<Line> lines(String text) {
        String[] rows = text.split("\\R", -1);
        List<Line> lines = new ArrayList<>(rows.length);
        for (int i = 0; i < rows.length; i++) {
            lines.add(new Line(i + 1, cells(rows[i])));
        }
        return lines;
    }

    static List<String> cells(String row) {
        if (row.indexOf('\t') >= 0) {
            return Arrays.asList(row.split("\t", -1));
        }
        String[] words = SPACES.split(row.strip());
        if (words.length > 1 && PrintedValue.of(words[words.length - 1]).value() != null) {
            return Arrays.asList(words);
        }
        return List.of(row);
    }
}
