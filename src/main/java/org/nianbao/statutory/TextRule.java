package org.nianbao.statutory;

/**
 * A rule the format sets for the prose of a section: a length limit (T3, 一、总体情况 「篇幅原则上不超过一千字」) or
 * something the section must mention (T4, 六、其他需要报告的事项 must state the 信息处理费 collected).
 *
 * @param rule    the rule id findings carry
 * @param section the prose section's code
 * @param limit   the most characters (as {@code ProseRules} counts them) for a length rule, else 0
 * @param words   for a length rule how the format writes the limit (一千字); else the words the section must contain
 * @param missing for a mention rule what the finding says is missing (的收取情况 after the words), else null
 */
public record TextRule(String rule, String section, int limit, String words, String missing) {

    public static TextRule maxLength(String rule, String section, int limit, String written) {
        return new TextRule(rule, section, limit, written, null);
    }

    public static TextRule mention(String rule, String section, String words, String missing) {
        return new TextRule(rule, section, 0, words, missing);
    }

    public boolean isLength() {
        return limit > 0;
    }
}
