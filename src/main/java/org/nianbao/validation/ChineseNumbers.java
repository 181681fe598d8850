package org.nianbao.validation;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Figures as reports write them: Arabic digits (also full-width), everyday Chinese numerals (三, 十二, 一百零五,
 * 两千), the financial forms (叁, 拾贰, 壹佰零伍), 〇/零, and a decimal part after 点 (三点五).
 */
final class ChineseNumbers {

    /** A character class of everything a figure may be written with (used in the patterns that find figures). */
    static final String CHARS = "0-9０-９零〇一二两三四五六七八九十百千万壹贰叁肆伍陆柒捌玖拾佰仟";

    /** A figure: digits with an optional decimal part, or Chinese numerals with an optional 点 part. */
    static final String PATTERN = "(?:[0-9０-９]+(?:[.．][0-9０-９]+)?|[零〇一二两三四五六七八九十百千万壹贰叁肆伍陆柒捌玖拾佰仟]+"
            + "(?:点[零〇一二三四五六七八九壹贰叁肆伍陆柒捌玖]+)?)";

    private static final Map<Character, Integer> DIGITS = Map.ofEntries(Map.entry('零', 0), Map.entry('〇', 0),
            Map.entry('一', 1), Map.entry('壹', 1), Map.entry('二', 2), Map.entry('两', 2), Map.entry('贰', 2),
            Map.entry('三', 3), Map.entry('叁', 3), Map.entry('四', 4), Map.entry('肆', 4), Map.entry('五', 5),
            Map.entry('伍', 5), Map.entry('六', 6), Map.entry('陆', 6), Map.entry('七', 7), Map.entry('柒', 7),
            Map.entry('八', 8), Map.entry('捌', 8), Map.entry('九', 9), Map.entry('玖', 9));

    private static final Map<Character, Integer> UNITS = Map.of('十', 10, '拾', 10, '百', 100, '佰', 100, '千', 1000,
            '仟', 1000);

    private ChineseNumbers() {
    }

    /** The value of a figure matched by {@link #PATTERN}, or null when it is not a well-formed number. */
    static BigDecimal parse(String text) {
        String normalized = fullWidthToAscii(text);
        if (normalized.matches("[0-9]+(\\.[0-9]+)?")) {
            return new BigDecimal(normalized);
        }
        int point = text.indexOf('点');
        if (point >= 0) {
            BigDecimal whole = integer(text.substring(0, point));
            StringBuilder decimals = new StringBuilder();
            for (char c : text.substring(point + 1).toCharArray()) {
                Integer digit = DIGITS.get(c);
                if (digit == null) {
                    return null;
                }
                decimals.append(digit);
            }
            return whole == null ? null : new BigDecimal(whole.toPlainString() + "." + decimals);
        }
        return integer(text);
    }

    /**
     * An integer in Chinese numerals up to 99,999,999: 十二 (12), 一百零五 (105), 两千三百 (2300), 三万零五十 (30050);
     * also a plain run of digits read as positions (二〇二一 as 2021).
     */
    private static BigDecimal integer(String text) {
        if (text.isEmpty()) {
            return null;
        }
        if (text.chars().allMatch(c -> DIGITS.containsKey((char) c)) && text.length() > 1) {
            StringBuilder digits = new StringBuilder();
            text.chars().forEach(c -> digits.append(DIGITS.get((char) c)));
            return new BigDecimal(digits.toString());
        }
        long total = 0;
        long section = 0;
        long digit = -1;
        for (char c : text.toCharArray()) {
            if (DIGITS.containsKey(c)) {
                digit = DIGITS.get(c);
            } else if (UNITS.containsKey(c)) {
                section += (digit < 0 ? 1 : digit) * UNITS.get(c);
                digit = -1;
            } else if (c == '万') {
                total = (total + section + Math.max(digit, 0)) * 10_000;
                section = 0;
                digit = -1;
            } else {
                return null;
            }
        }
        return BigDecimal.valueOf(total + section + Math.max(digit, 0));
    }

    private static String fullWidthToAscii(String text) {
        StringBuilder ascii = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            ascii.append(c >= '０' && c <= '９' ? (char) (c - '０' + '0') : c == '．' ? '.' : c);
        }
        return ascii.toString();
    }
}
