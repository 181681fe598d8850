package org.nianbao.validation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nianbao.statutory.Cell;
import org.nianbao.statutory.Edition;
import org.nianbao.statutory.ReportContent;
import org.nianbao.statutory.Row;
import org.nianbao.statutory.StatTable;
import org.nianbao.text.Text;

/**
 * Finds the figures the prose quotes for a table's measure (本年新收申请3件, 上年结转2件, 答复98件, 行政复议1件, 作出行政
 * 处罚决定5件, 予以公开2件，占50%) and what each may mean in the tables. Built for precision: a figure is taken only
 * right after its keyword, within one clause, with no other figure in between; a clause about another year (2020年,
 * 上年, 同比, 较…) or a plan is left alone; a figure next to another measure's keyword is ambiguous.
 */
final class ProseFigures {

    /** What a measure reads in the tables: the cells added up, each a reading the figure may legitimately mean. */
    record Reading(List<Cell> cells, BigDecimal value) {
    }

    /**
     * A figure found in the prose: the measure, the figure, whether it was written as approximate (余, 多, 约), whether
     * the sentence is ambiguous, a percentage after it (占50%) or null, and where it stands.
     */
    record Claim(Measure measure, BigDecimal figure, boolean approximate, boolean ambiguous, BigDecimal percent,
            int percentDecimals, TextSpan span, String sentence) {
    }

    /**
     * A measure the prose may quote: its name in messages, the keyword (a regex), the words that make a figure
     * after it ambiguous when they stand between keyword and figure, whether the sentence must be about
     * applications (申请), whether a mismatch is certain enough for a warning ({@code strict}), and its readings
     * as lists of cell sets, the first being what the message names.
     */
    record Measure(String term, String keyword, String confusable, boolean applications, boolean strict,
            List<List<Cell>> readings) {

        /**
         * Words between keyword and figure that make the figure count something else: 信息, 事项, 清单… after a row
         * of table 2; 许可, 信访, 咨询… after 收到 or 受理 (受理行政许可申请1200件 is not about disclosure).
         */
        boolean unrelated(String filler) {
            return (applications ? UNRELATED_APPLICATIONS : UNRELATED_DECISIONS).matcher(filler).find();
        }

        /** Whether the words between keyword and figure are only those a plain statement of the measure uses. */
        boolean plain(String filler) {
            return PLAIN.matcher(filler).matches();
        }
    }

    private static final Pattern UNRELATED_DECISIONS = Pattern.compile("信息|事项|清单|目录|窗口|服务|公示|网站|栏目|申请");
    private static final Pattern UNRELATED_APPLICATIONS = Pattern.compile(
            "许可|审批|信访|投诉|举报|咨询|留言|热线|事项|办件|业务|来信|来访|服务|诉求|建议|提案");
    private static final Pattern PLAIN = Pattern.compile("(?:了|到|各类|群众|公民|公众|的|政府信息公开|信息公开|依申请公开|政府信息|"
            + "申请|案件|被申请|共|共计|合计|总计|为|达|数量|数|事项|件数|处理|作出|各)*");

    static final String UNIT = "(?:件|宗|条|个|项|起|次)";
    private static final String FILLER = "[^，,。；;：:！？!?\\n\\r0-9０-９%％（）()]";
    private static final Pattern SENTENCE_END = Pattern.compile("[。！？!?\\n]");
    private static final Pattern CLAUSE_END = Pattern.compile("[，,；;。！？!?\\n]");
    private static final Pattern YEAR = Pattern.compile("((?:19|20)[0-9]{2})年");
    private static final String OTHER_PERIOD = "去年|上年|上一年|同比|较|比上|与上|相比|计划|预计|力争|拟|将|增加|减少|增长|下降|上升"
            + "|持平|以来|历年|近[一二三四五两0-9]年|[两三四五]年来";
    private static final String OWN_CARRY_IN = "(?:上年度?|上一年度?|去年)的?(?:结转|转结)";
    private static final Pattern PERCENT = Pattern.compile("^[，,]?\\s*(?:约)?占[^，,。；;0-9０-９]{0,10}?(?:("
            + ChineseNumbers.PATTERN + ")\\s*[%％]|百分之(" + ChineseNumbers.PATTERN + "))");

    private ProseFigures() {
    }

    /**
     * The measures of {@code edition} that its tables can answer: T1 knows how the prose names the figures of the
     * rows and columns below (by their codes); a measure whose cells the edition lacks is left out, so an edition
     * without these tables simply has no T1 measures (docs/adding-an-edition.md).
     */
    static List<Measure> measures(Edition edition) {
        List<Measure> measures = new ArrayList<>();
        String results = "结转|转结|新收|收到|受理|复议|诉讼|占|予以公开|部分公开|不予|无法提供";
        measures.add(new Measure("本年新收申请", "(?:新收|收到|接到|受理)", "结转|转结|上年|办结|答复|复议|诉讼|占|主动",
                true, true, List.of(cells(edition, "applications", "total", "received"),
                        cells(edition, "applications", "total", "received", "carried_in"))));
        measures.add(new Measure("上年结转申请", OWN_CARRY_IN, "下年|下一年|明年|办结|答复|复议|诉讼|新收|收到", true, true,
                List.of(cells(edition, "applications", "total", "carried_in"))));
        measures.add(new Measure("结转下年度申请", "(?:结转|转结|转入)(?:至|到)?(?:下年度?|下一年度?|明年)(?:继续办理)?",
                "办结|答复|复议|诉讼|新收|收到", true, true,
                List.of(cells(edition, "applications", "total", "carried_out"))));
        measures.add(new Measure("办理结果总计", "(?:办结|答复|办理完毕|回复)", results + "|按时|率", true, true,
                List.of(cells(edition, "applications", "total", "results_total"))));
        measures.add(new Measure("予以公开", "(?<![不主])予以公开", "部分|不予|无法|结转|复议|诉讼|主动", true, true,
                List.of(cells(edition, "applications", "total", "granted"))));
        measures.add(new Measure("部分公开", "部分公开", "予以公开|不予|无法|结转|复议|诉讼", true, true,
                List.of(cells(edition, "applications", "total", "partly_granted"))));
        measures.add(group(edition, "不予公开", "denied"));
        measures.add(group(edition, "无法提供", "unavailable"));
        measures.add(group(edition, "不予处理", "rejected"));
        measures.add(new Measure("行政复议", "行政复议", "诉讼|起诉|纠|撤销|维持", false, true,
                List.of(cells(edition, "review_litigation", "total", "review"))));
        measures.add(new Measure("行政诉讼", "行政诉讼", "复议|起诉|纠|撤销|维持|败诉", false, true,
                List.of(cells(edition, "review_litigation", "total", "suit_direct", "suit_after_review"))));
        for (String row : List.of("licensing", "penalty", "coercion")) {
            edition.table("proactive").flatMap(t -> t.row(row)).ifPresent(r -> {
                measures.add(new Measure(r.label() + "决定", r.label() + "(?:处理)?决定",
                        "许可|处罚|强制|事项|服务|窗口|清单|目录|权力|信息", false, true,
                        List.of(cells(edition, "proactive", "decisions", row))));
                measures.add(new Measure(r.label(), r.label() + "(?!处理决定|决定)",
                        "许可|处罚|强制|事项|服务|窗口|清单|目录|权力|决定", false, false,
                        List.of(cells(edition, "proactive", "decisions", row))));
            });
        }
        String issued = edition.hasCell(new Cell("proactive", "normative_documents", "issued")) ? "issued" : "new_made";
        measures.add(new Measure("制发规范性文件", "(?:制发|印发|出台|制定)了?(?:行政)?规范性文件", "废止|现行|有效", false, true,
                List.of(cells(edition, "proactive", issued, "normative_documents"))));
        measures.add(new Measure("废止规范性文件", "废止了?(?:行政)?规范性文件", "制发|印发|现行|有效", false, true,
                List.of(cells(edition, "proactive", "repealed", "normative_documents"))));
        measures.add(new Measure("现行有效规范性文件", "现行有效的?(?:行政)?规范性文件", "制发|印发|废止", false, true,
                List.of(cells(edition, "proactive", "in_force", "normative_documents"))));
        measures.removeIf(m -> m.readings().get(0).isEmpty());
        return measures;
    }

    /** A measure of the rows of table 3's outcome group {@code group} (its declared code), in the total column. */
    private static Measure group(Edition edition, String term, String group) {
        List<Cell> cells = edition.table("applications").stream().flatMap(t -> t.rows().stream())
                .filter(r -> r.group() != null && r.group().code().equals(group))
                .map(r -> new Cell("applications", r.code(), "total")).toList();
        return new Measure(term, "(?<!部分)" + term, "予以公开|部分|结转|复议|诉讼", true, true, List.of(cells));
    }

    /** The cells of {@code rows} in {@code column}, or an empty list when the edition lacks any of them. */
    private static List<Cell> cells(Edition edition, String table, String column, String... rows) {
        List<Cell> cells = new ArrayList<>();
        for (String row : rows) {
            Cell cell = new Cell(table, row, column);
            if (!edition.hasCell(cell)) {
                return List.of();
            }
            cells.add(cell);
        }
        return cells;
    }

    /** What {@code reading} adds up to in {@code report}, or null when a cell is blank or the reading is empty. */
    static BigDecimal value(ReportContent report, List<Cell> reading) {
        return reading.isEmpty() ? null : ReportContent.sum(report.values(), reading);
    }

    /** Every figure the prose sections of {@code report} quote for a measure of its edition. */
    static List<Claim> claims(ReportContent report) {
        List<Claim> claims = new ArrayList<>();
        for (var section : report.edition().proseSections()) {
            String text = report.section(section.code());
            for (Measure measure : measures(report.edition())) {
                find(report.year(), section.code(), text, measure, claims);
            }
        }
        claims.sort(java.util.Comparator.comparing((Claim c) -> c.span().section())
                .thenComparingInt(c -> c.span().start()));
        return claims;
    }

    private static void find(int year, String section, String text, Measure measure, List<Claim> claims) {
        Pattern pattern = Pattern.compile("(" + measure.keyword() + ")(" + FILLER + "{0,14}?)(约|近|超过)?("
                + ChineseNumbers.PATTERN + ")\\s*(余|多)?" + UNIT);
        Matcher m = pattern.matcher(text);
        int from = 0;
        while (from < text.length() && m.find(from)) {
            from = m.end();
            String filler = m.group(2);
            int sentenceStart = lastMatch(SENTENCE_END, text, m.start()) + 1;
            int sentenceEnd = nextMatch(SENTENCE_END, text, m.end());
            String sentence = text.substring(sentenceStart, sentenceEnd).strip();
            if (measure.applications() && !sentence.contains("申请")) {
                continue;
            }
            if (measure.applications()
                    && UNRELATED_APPLICATIONS.matcher(text.substring(sentenceStart, m.start())).find()) {
                continue;
            }
            int clauseStart = lastMatch(CLAUSE_END, text, m.start()) + 1;
            String clause = text.substring(clauseStart, m.start()) + filler;
            if (aboutAnotherPeriod(year, clause)) {
                continue;
            }
            BigDecimal figure = ChineseNumbers.parse(m.group(4));
            if (figure == null) {
                continue;
            }
            if (measure.unrelated(filler)) {
                continue;
            }
            boolean ambiguous = Pattern.compile(measure.confusable()).matcher(clause).find()
                    || !measure.plain(filler);
            BigDecimal percent = null;
            int decimals = 0;
            Matcher share = PERCENT.matcher(text.substring(m.end()));
            if (share.find()) {
                String written = share.group(1) != null ? share.group(1) : share.group(2);
                percent = ChineseNumbers.parse(written);
                decimals = percent == null ? 0 : Math.max(percent.scale(), 0);
            }
            claims.add(new Claim(measure, figure, m.group(3) != null || m.group(5) != null, ambiguous, percent,
                    decimals, TextSpan.of(section, text, m.start(), m.end()),
                    around(text, sentenceStart, sentenceEnd, m.start(), m.end())));
        }
    }

    /** Whether a clause speaks of a period other than the report's year: another year, last year, a plan. */
    private static boolean aboutAnotherPeriod(int year, String clause) {
        String withoutCarryIn = clause.replaceAll(OWN_CARRY_IN, "");
        if (Pattern.compile(OTHER_PERIOD).matcher(withoutCarryIn).find()) {
            return true;
        }
        Matcher years = YEAR.matcher(clause);
        while (years.find()) {
            if (Integer.parseInt(years.group(1)) != year) {
                return true;
            }
        }
        return false;
    }

    /** The sentence, or when it is long the part of it around the place, cut with …. */
    static String around(String text, int sentenceStart, int sentenceEnd, int start, int end) {
        int from = Math.max(sentenceStart, start - 24);
        int to = Math.min(sentenceEnd, Math.max(end + 24, from + 48));
        String quoted = text.substring(from, Math.min(to, text.length())).strip();
        return (from > sentenceStart ? "…" : "") + quoted + (to < sentenceEnd ? "…" : "");
    }

    private static int lastMatch(Pattern pattern, String text, int before) {
        int last = -1;
        Matcher m = pattern.matcher(text);
        while (m.find() && m.start() < before) {
            last = m.start();
        }
        return last;
    }

    private static int nextMatch(Pattern pattern, String text, int from) {
        Matcher m = pattern.matcher(text);
        return m.find(Math.min(from, text.length())) ? m.end() : text.length();
    }

    /** A reading named as the report names it: one cell by {@link Edition#cellName}, several as their sum. */
    static String name(Edition edition, List<Cell> cells) {
        if (cells.size() == 1) {
            return edition.cellName(cells.get(0));
        }
        StatTable table = edition.table(cells.get(0));
        Row first = table.row(cells.get(0).row()).orElseThrow();
        boolean sameGroup = first.labels().size() > 2 && cells.stream().allMatch(c -> table.row(c.row())
                .map(r -> r.labels().size() > 2 && r.labels().get(1).equals(first.labels().get(1))).orElse(false));
        if (sameGroup) {
            return Text.of("finding.t1.group-sum", table.name(), first.labels().get(1),
                    Texts.columnLabel(table, cells.get(0).column()));
        }
        return String.join("＋", cells.stream().map(edition::cellName).toList());
    }
}
