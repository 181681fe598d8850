package org.nianbao.statutory;

import static org.nianbao.statutory.CrossYearIdentity.Term.last;
import static org.nianbao.statutory.CrossYearIdentity.Term.minus;
import static org.nianbao.statutory.CrossYearIdentity.Term.plus;
import static org.nianbao.statutory.ValueKind.AMOUNT;
import static org.nianbao.statutory.ValueKind.COUNT;
import static org.nianbao.statutory.ValueKind.SIGNED_COUNT;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * An edition of the statutory format (国办公开办函〔2019〕60号 for the reports on 2019 and 2020,
 * 国办公开办函〔2021〕30号 from 2021), declared once: its sections, tables, rows (with their groups), columns (with
 * their kinds and limits), codes and labels; the sum identities (R1–R4, derived from the totals and balances of
 * its tables), the identities across years (R5–R7, {@code crossYear}) and the rules on its prose (T3, T4,
 * {@code textRules}). Validation, the editor, pages, PDF, Word, JSON, CSV, search, charts and imports all read this
 * declaration; the JPA entities mirror it and are checked against it at start-up ({@code report.StoredTables}).
 * Adding an edition: {@code docs/adding-an-edition.md}.
 */
public record Edition(String id, int firstYear, int lastYear, List<Section> sections,
        List<CrossYearIdentity> crossYear, List<TextRule> textRules) {

    public static final Edition E2019 = new Edition("2019", 2019, 2020, sections(proactive2019(), applications(false)),
            List.of(carriedOver(),
                    new CrossYearIdentity("R7", "proactive", Identity.Axis.COLUMNS, plus("total_published"),
                            List.of(last("total_published"), plus("new_published"))),
                    new CrossYearIdentity("R7", "proactive", Identity.Axis.COLUMNS, plus("items_last_year"),
                            List.of(last("items_last_year"), last("items_change")))),
            List.of(processingFee()));
    public static final Edition E2021 = new Edition("2021", 2021, Integer.MAX_VALUE,
            sections(proactive2021(), applications(true)),
            List.of(carriedOver(),
                    new CrossYearIdentity("R6", "proactive", Identity.Axis.COLUMNS, plus("in_force"),
                            List.of(last("in_force"), plus("issued"), minus("repealed")))),
            List.of(TextRule.maxLength("T3", "overview", 1000, "一千字"), processingFee()));

    /** What every report is: its title is 「{agency}{year}年政府信息公开工作年度报告」 ({@link #title}). */
    public static final String TITLE = "政府信息公开工作年度报告";

    /** What follows the agency's name and the year in a title. */
    public static final String TITLE_AFTER_YEAR = "年" + TITLE;

    /** The earliest year any edition covers. */
    public static final int FIRST_YEAR = 2019;

    public static List<Edition> all() {
        return List.of(E2019, E2021);
    }

    /** The edition that governs the report on {@code year}, if any. */
    public static Optional<Edition> forYear(int year) {
        return all().stream().filter(e -> year >= e.firstYear && year <= e.lastYear).findFirst();
    }

    public static Optional<Edition> byId(String id) {
        return all().stream().filter(e -> e.id.equals(id)).findFirst();
    }

    public Edition {
        sections = List.copyOf(sections);
        crossYear = List.copyOf(crossYear);
        textRules = List.copyOf(textRules);
    }

    /** The title of an agency's report on a year, the one place it is built. */
    public static String title(String agencyName, int year) {
        return agencyName + year + TITLE_AFTER_YEAR;
    }

    public Optional<Section> section(String code) {
        return sections.stream().filter(s -> s.code().equals(code)).findFirst();
    }

    /** The length limit the format sets for a prose section (T3), or 0 when it sets none. */
    public int lengthLimit(String sectionCode) {
        return textRules.stream().filter(r -> r.isLength() && r.section().equals(sectionCode))
                .mapToInt(TextRule::limit).findFirst().orElse(0);
    }

    /**
     * The section a rule of this edition concerns, when it concerns one only: a text rule's section, or the table
     * whose identities (R1–R7) carry the rule id. Empty for rules on every table (V1, V2, B1) and unknown ids.
     */
    public Optional<String> sectionOf(String rule) {
        Optional<String> text = textRules.stream().filter(r -> r.rule().equals(rule)).map(TextRule::section)
                .findFirst();
        if (text.isPresent()) {
            return text;
        }
        List<String> tables = Stream.concat(
                tables().stream().filter(t -> t.identities().stream().anyMatch(i -> rule.equals(i.rule())))
                        .map(StatTable::code),
                crossYear.stream().filter(c -> c.rule().equals(rule)).map(CrossYearIdentity::table))
                .distinct().toList();
        return tables.size() == 1 ? Optional.of(tables.get(0)) : Optional.empty();
    }

    public List<StatTable> tables() {
        return sections.stream().filter(s -> !s.isProse()).map(Section::table).toList();
    }

    public List<Section> proseSections() {
        return sections.stream().filter(Section::isProse).toList();
    }

    public Optional<StatTable> table(String code) {
        return tables().stream().filter(t -> t.code().equals(code)).findFirst();
    }

    public StatTable table(Cell cell) {
        return table(cell.table()).orElseThrow(() -> new IllegalArgumentException("no table " + cell.table()));
    }

    public List<Cell> cells() {
        return tables().stream().flatMap(t -> t.cells().stream()).toList();
    }

    public boolean hasCell(Cell cell) {
        return table(cell.table()).map(t -> t.hasCell(cell.row(), cell.column())).orElse(false);
    }

    public boolean isDerived(Cell cell) {
        return table(cell).isDerived(cell);
    }

    public ValueKind kind(Cell cell) {
        return table(cell).kind(cell);
    }

    /**
     * A cell named as the printed report names it: the table, the row (its number and label) and the column, e.g.
     * 表三 第一项 本年新收政府信息公开申请数量 · 自然人, or 表二 规章 · 本年制发件数.
     */
    public String cellName(Cell cell) {
        StatTable table = table(cell);
        Row row = table.row(cell.row()).orElseThrow();
        String label = row.label().replaceFirst("^([一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\\d+\\.)", "");
        String rowName = row.shortLabel().contains(label) ? row.shortLabel() : row.shortLabel() + " " + label;
        Column column = row.column(cell.column()).orElseThrow();
        return table.name() + " " + rowName + " · " + column.label();
    }

    /** What each row, column and header of this edition's tables means ({@link Help}). */
    public Help help() {
        return Help.of(this);
    }

    @Override
    public String toString() {
        return id + "年版";
    }

    // ---- the declarations ------------------------------------------------------------------------------------

    /** R5: 二、上年结转 equals last year's 四、结转下年度继续办理, in every column of 表三. */
    private static CrossYearIdentity carriedOver() {
        return new CrossYearIdentity("R5", "applications", Identity.Axis.ROWS,
                plus("carried_in").captioned("上年结转"), List.of(last("carried_out").captioned("结转下年度继续办理")));
    }

    /** T4: 六、其他需要报告的事项 states the 信息处理费 collected (国办函〔2020〕109号). */
    private static TextRule processingFee() {
        return TextRule.mention("T4", "other_matters", "信息处理费", "的收取情况");
    }

    private static List<Section> sections(StatTable proactive, StatTable applications) {
        return List.of(
                new Section("一", "overview", "一、总体情况", null),
                new Section("二", "proactive", "二、主动公开政府信息情况", proactive),
                new Section("三", "applications", "三、收到和处理政府信息公开申请情况", applications),
                new Section("四", "review_litigation", "四、政府信息公开行政复议、行政诉讼情况", reviewLitigation()),
                new Section("五", "problems", "五、存在的主要问题及改进情况", null),
                new Section("六", "other_matters", "六、其他需要报告的事项", null));
    }

    private static StatTable proactive2021() {
        List<Column> documents = List.of(Column.of("issued", "本年制发件数", COUNT),
                Column.of("repealed", "本年废止件数", COUNT), Column.of("in_force", "现行有效件数", COUNT));
        List<Column> decisions = List.of(Column.of("decisions", "本年处理决定数量", COUNT));
        List<Column> fees = List.of(Column.of("amount", "本年收费金额（单位：万元）", AMOUNT));
        List<Row> rows = List.of(
                blockRow("regulations", "规章", "第二十条第（一）项", documents),
                blockRow("normative_documents", "行政规范性文件", "第二十条第（一）项", documents),
                blockRow("licensing", "行政许可", "第二十条第（五）项", decisions),
                blockRow("penalty", "行政处罚", "第二十条第（六）项", decisions),
                blockRow("coercion", "行政强制", "第二十条第（六）项", decisions),
                blockRow("fees", "行政事业性收费", "第二十条第（八）项", fees));
        return new StatTable("proactive", "表二", null, StatTable.Layout.BLOCKS, rows, null, null, List.of());
    }

    private static StatTable proactive2019() {
        List<Column> documents = List.of(Column.of("new_made", "本年新制作数量", COUNT),
                Column.of("new_published", "本年新公开数量", COUNT),
                Column.of("total_published", "对外公开总数量", COUNT));
        List<Column> items = List.of(Column.of("items_last_year", "上一年项目数量", COUNT),
                Column.of("items_change", "本年增/减", SIGNED_COUNT), Column.of("decisions", "处理决定数量", COUNT));
        List<Column> fees = items.subList(0, 2);
        List<Column> procurement = List.of(Column.of("projects", "采购项目数量", COUNT),
                Column.of("amount", "采购总金额", AMOUNT));
        List<Row> rows = List.of(
                blockRow("regulations", "规章", "第二十条第（一）项", documents),
                blockRow("normative_documents", "规范性文件", "第二十条第（一）项", documents),
                blockRow("licensing", "行政许可", "第二十条第（五）项", items),
                blockRow("other_services", "其他对外管理服务事项", "第二十条第（五）项", items),
                blockRow("penalty", "行政处罚", "第二十条第（六）项", items),
                blockRow("coercion", "行政强制", "第二十条第（六）项", items),
                blockRow("fees", "行政事业性收费", "第二十条第（八）项", fees),
                blockRow("procurement", "政府集中采购", "第二十条第（九）项", procurement));
        return new StatTable("proactive", "表二", null, StatTable.Layout.BLOCKS, rows, null, null, List.of());
    }

    private static Row blockRow(String code, String label, String block, List<Column> columns) {
        return new Row(code, List.of(label), label, block, columns, List.of());
    }

    private static final String RESULTS = "三、本年度办理结果";
    private static final String APPLICANTS = "申请人情况";
    private static final String ORGANISATIONS = "法人或其他组织";

    private static StatTable applications(boolean edition2021) {
        List<String> applicantParts = List.of("natural_person", "commercial", "research", "public_interest",
                "legal_services", "other_org");
        List<Column> columns = List.of(
                Column.of("natural_person", "自然人", COUNT, APPLICANTS),
                Column.of("commercial", "商业企业", COUNT, APPLICANTS, ORGANISATIONS),
                Column.of("research", "科研机构", COUNT, APPLICANTS, ORGANISATIONS),
                Column.of("public_interest", "社会公益组织", COUNT, APPLICANTS, ORGANISATIONS),
                Column.of("legal_services", "法律服务机构", COUNT, APPLICANTS, ORGANISATIONS),
                Column.of("other_org", "其他", COUNT, APPLICANTS, ORGANISATIONS),
                Column.total("total", "总计", applicantParts, APPLICANTS));

        List<Row> results = new ArrayList<>();
        results.add(result(columns, "granted", "（一）", new Group("granted", "予以公开", "（一）予以公开")));
        results.add(result(columns, "partly_granted", "（二）",
                new Group("partly_granted", "部分公开", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）")));
        Group denied = new Group("denied", "不予公开", "（三）不予公开");
        String[][] deniedRows = {
                {"denied_state_secret", "1.属于国家秘密"},
                {"denied_prohibited_by_law", "2.其他法律行政法规禁止公开"},
                {"denied_security_stability", "3.危及“三安全一稳定”"},
                {"denied_third_party", "4.保护第三方合法权益"},
                {"denied_internal_affairs", "5.属于三类内部事务信息"},
                {"denied_process_info", "6.属于四类过程性信息"},
                {"denied_enforcement_file", "7.属于行政执法案卷"},
                {"denied_inquiry_matter", "8.属于行政查询事项"}};
        addGroup(results, columns, "（三）", denied, deniedRows);
        addGroup(results, columns, "（四）", new Group("unavailable", "无法提供", "（四）无法提供"), new String[][] {
                {"unavailable_not_held", "1.本机关不掌握相关政府信息"},
                {"unavailable_needs_creation", "2.没有现成信息需要另行制作"},
                {"unavailable_unclear", "3.补正后申请内容仍不明确"}});
        addGroup(results, columns, "（五）", new Group("rejected", "不予处理", "（五）不予处理"), new String[][] {
                {"rejected_petition", "1.信访举报投诉类申请"},
                {"rejected_repeated", "2.重复申请"},
                {"rejected_publication", "3.要求提供公开出版物"},
                {"rejected_excessive", "4.无正当理由大量反复申请"},
                {"rejected_confirmation", "5.要求行政机关确认或重新出具已获取信息"}});
        Group other = new Group("other", "其他处理", "（六）其他处理");
        if (edition2021) {
            addGroup(results, columns, "（六）", other, new String[][] {
                    {"other_no_correction", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"},
                    {"other_unpaid_fee", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"},
                    {"other_other", "3.其他"}});
        } else {
            results.add(result(columns, "other_handling", "（六）", other));
        }
        List<String> leaves = results.stream().map(Row::code).toList();

        List<Row> rows = new ArrayList<>();
        rows.add(new Row("received", List.of("一、本年新收政府信息公开申请数量"), "第一项", null, columns, List.of()));
        rows.add(new Row("carried_in", List.of("二、上年结转政府信息公开申请数量"), "第二项", null, columns, List.of()));
        rows.addAll(results);
        rows.add(new Row("results_total", List.of(RESULTS, "（七）总计"), "第三项（七）总计", null, columns, leaves));
        rows.add(new Row("carried_out", List.of("四、结转下年度继续办理"), "第四项", null, columns, List.of()));

        Identity r1 = new Identity("R1", Identity.Axis.ROWS, List.of("received", "carried_in"),
                List.of("results_total", "carried_out"));
        return new StatTable("applications", "表三", "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）",
                StatTable.Layout.GRID, rows, "R2", "R3", List.of(r1));
    }

    /** A result row that is its group's only row, labelled as the group. */
    private static Row result(List<Column> columns, String code, String number, Group group) {
        return new Row(code, List.of(RESULTS, group.label()), "第三项" + number, null, columns, List.of(), group);
    }

    private static void addGroup(List<Row> rows, List<Column> columns, String number, Group group, String[][] items) {
        for (String[] item : items) {
            String itemNumber = item[1].substring(0, item[1].indexOf('.'));
            rows.add(new Row(item[0], List.of(RESULTS, group.label(), item[1]), "第三项" + number + itemNumber, null,
                    columns, List.of(), group));
        }
    }

    private static StatTable reviewLitigation() {
        List<Column> columns = List.of(Column.of("upheld", "结果维持", COUNT), Column.of("corrected", "结果纠正", COUNT),
                Column.of("other", "其他结果", COUNT), Column.of("pending", "尚未审结", COUNT),
                Column.total("total", "总计", List.of("upheld", "corrected", "other", "pending")));
        List<Row> rows = Stream.of(
                new Row("review", List.of("行政复议"), "行政复议", null, columns, List.of()),
                new Row("suit_direct", List.of("行政诉讼", "未经复议直接起诉"), "行政诉讼（未经复议直接起诉）", null, columns,
                        List.of()),
                new Row("suit_after_review", List.of("行政诉讼", "复议后起诉"), "行政诉讼（复议后起诉）", null, columns,
                        List.of()))
                .toList();
        return new StatTable("review_litigation", "表四", null, StatTable.Layout.FLAT, rows, null, "R4", List.of());
    }
}
