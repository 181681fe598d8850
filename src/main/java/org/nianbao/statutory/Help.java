package org.nianbao.statutory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What each row, column, header group and block of the statutory tables means, part of the declaration: the
 * format notices' own words where they have some (（二）部分公开's 「区分处理的，只计这一情形」, the 勾稽关系), otherwise a
 * short description built from the articles of the 条例 that a row or a block names. Reached as
 * {@code edition.help()}; the editor shows it beside every row label and column header.
 *
 * <p>Texts are keyed by table code and then by row code, column code or printed label (for header groups and
 * table 2's blocks); a key prefixed by an edition's id ({@code 2019:}) overrides the shared text for that edition.
 */
public final class Help {

    /** A row's or a column's printed label with what it means. */
    public record Item(String label, String text) {
    }

    private static final Map<String, String> TEXTS = new HashMap<>();

    private final Edition edition;

    private Help(Edition edition) {
        this.edition = edition;
    }

    static Help of(Edition edition) {
        return new Help(edition);
    }

    /** What the row {@code row} of table {@code table} means, or null when nothing is declared. */
    public String row(String table, String row) {
        return text(table + ".row." + row);
    }

    /** What the column {@code column} of table {@code table} means, or null when nothing is declared. */
    public String column(String table, String column) {
        return text(table + ".column." + column);
    }

    /**
     * What a printed header of {@code table} means, found by its label as the format prints it: a row's label,
     * a column's label, a group of rows or columns (（三）不予公开, 申请人情况), or a block of table 2 (第二十条第（一）项);
     * null for the corner note and anything else.
     */
    public String header(StatTable table, String label) {
        for (Row row : table.rows()) {
            if (row.label().equals(label)) {
                return row(table.code(), row.code());
            }
        }
        for (Column column : table.columns()) {
            if (column.label().equals(label)) {
                return column(table.code(), column.code());
            }
        }
        return text(table.code() + ".group." + label);
    }

    /** The explained rows of {@code table}, then its explained columns, in the declaration's order. */
    public List<Item> items(StatTable table) {
        List<Item> items = new ArrayList<>();
        for (Row row : table.rows()) {
            String text = row(table.code(), row.code());
            if (text != null) {
                items.add(new Item(row.fullLabel(), text));
            }
        }
        Map<String, Item> columns = new LinkedHashMap<>();
        for (Column column : table.columns()) {
            String text = column(table.code(), column.code());
            if (text != null) {
                columns.putIfAbsent(column.code(), new Item(column.label(), text));
            }
        }
        items.addAll(columns.values());
        return items;
    }

    private String text(String key) {
        String own = TEXTS.get(edition.id() + ":" + key);
        return own != null ? own : TEXTS.get(key);
    }

    private static void put(String key, String text) {
        if (TEXTS.put(key, text) != null) {
            throw new IllegalStateException("help declared twice: " + key);
        }
    }

    // ---- 表二 主动公开政府信息情况 ------------------------------------------------------------------------------

    static {
        String t = "proactive.";
        put(t + "group.信息内容", "条例第二十条规定行政机关应当主动公开的信息。各项数字均截至本年度12月31日。");
        put(t + "group.第二十条第（一）项", "条例第二十条第（一）项：行政法规、规章和规范性文件。");
        put(t + "group.第二十条第（五）项", "条例第二十条第（五）项：办理行政许可和其他对外管理服务事项的依据、条件、程序以及办理结果。");
        put(t + "group.第二十条第（六）项", "条例第二十条第（六）项：实施行政处罚、行政强制的依据、条件、程序以及本行政机关认为具有一定"
                + "社会影响的行政处罚决定。");
        put(t + "group.第二十条第（八）项", "条例第二十条第（八）项：行政事业性收费项目及其依据、标准。");
        put(t + "group.第二十条第（九）项", "条例第二十条第（九）项：政府集中采购项目的目录、标准及实施情况。");

        put(t + "row.regulations", "本机关制定的部门规章或地方政府规章。只有有权制定规章的机关（国务院部门，省、自治区、直辖市和设区的市、"
                + "自治州人民政府）才有；其他机关填 0。");
        put(t + "row.normative_documents", "本机关依照法定权限、程序制定并公开发布，涉及公民、法人和其他组织权利义务，具有普遍约束力，"
                + "在一定期限内反复适用的公文（不含行政法规和规章）。");
        put(t + "row.licensing", "本机关办理的行政许可（准予或者不予许可）。");
        put("2019:" + t + "row.other_services", "行政许可以外的其他对外管理服务事项（如行政确认、行政给付等依申请办理的事项）。");
        put(t + "row.penalty", "本机关实施的行政处罚。");
        put(t + "row.coercion", "本机关实施的行政强制（行政强制措施和行政强制执行）。");
        put(t + "row.fees", "本机关依法收取的行政事业性收费。");
        put("2019:" + t + "row.procurement", "本机关的政府集中采购项目。");

        put(t + "column.issued", "本年度制定并公开发布的件数。");
        put(t + "column.repealed", "本年度废止的件数。");
        put(t + "column.in_force", "截至本年度12月31日仍然有效的件数；一般等于上年的现行有效件数加本年制发件数、减本年废止件数"
                + "（R6），本年开展清理的可能不同。");
        put(t + "column.decisions", "本年度作出的处理决定数量，包括公开的和未公开的全部决定。");
        put(t + "column.amount", "本年度收取的行政事业性收费金额，单位为万元，可填小数。");
        put("2019:" + t + "column.new_made", "本年度新制作的件数。");
        put("2019:" + t + "column.new_published", "本年度新公开的件数。");
        put("2019:" + t + "column.total_published", "截至本年度末对外公开的累计件数；一般等于上年的对外公开总数量加本年新公开数量（R7）。");
        put("2019:" + t + "column.items_last_year", "上一年度末的项目数量；一般等于上年报告的上一年项目数量加其本年增/减（R7）。");
        put("2019:" + t + "column.items_change", "本年度项目数量比上一年增加或减少的数量；减少的填负数。");
        put("2019:" + t + "column.projects", "本年度政府集中采购的项目数量。");
        put("2019:" + t + "column.amount", "本年度政府集中采购的总金额，写明单位（一般为万元）。");
    }

    // ---- 表三 收到和处理政府信息公开申请情况 -----------------------------------------------------------------------

    static {
        String t = "applications.";
        put(t + "group.申请人情况", "按提出申请的申请人分列：每件申请只计入一列；总计为各列之和。");
        put(t + "group.法人或其他组织", "以法人或者其他组织名义提出的申请，按组织的类别分列。");
        put(t + "group.三、本年度办理结果", "本年度办结的申请（含上年结转、本年办结的），每件申请按其办理结果只计入一项。");
        put(t + "group.（三）不予公开", "依照条例第十四条、第十五条、第十六条等规定决定不予公开的，按不予公开的理由计入下列一项。");
        put(t + "group.（四）无法提供", "所申请的信息本机关无法提供的，按原因计入下列一项。");
        put(t + "group.（五）不予处理", "依照条例规定不作为政府信息公开申请处理或者不予处理的，按情形计入下列一项。");
        put(t + "group.（六）其他处理", "以上（一）至（五）以外的处理结果，按情形计入下列一项。");

        put(t + "row.received", "本年度（1月1日至12月31日）新收到的政府信息公开申请件数，不含上年结转的申请。");
        put(t + "row.carried_in", "上年度收到、结转到本年度继续办理的申请件数；应等于上年报告的“四、结转下年度继续办理”（R5）。");
        put(t + "row.granted", "所申请的信息全部予以公开（提供信息，或者告知获取的方式和途径）的件数。");
        put(t + "row.partly_granted", "区分处理的，只计这一情形，不计其他情形：同一申请中可以公开的部分予以提供、其余部分不予公开或无法提供的"
                + "（条例第三十七条），只计入“部分公开”。");
        put(t + "row.denied_state_secret", "所申请的信息依法确定为国家秘密的（条例第十四条）。");
        put(t + "row.denied_prohibited_by_law", "法律、行政法规禁止公开的（条例第十四条）。");
        put(t + "row.denied_security_stability", "公开后可能危及国家安全、公共安全、经济安全、社会稳定的（条例第十四条）。");
        put(t + "row.denied_third_party", "涉及商业秘密、个人隐私等，公开会对第三方合法权益造成损害的（条例第十五条）。");
        put(t + "row.denied_internal_affairs", "人事管理、后勤管理、内部工作流程等方面的内部事务信息（条例第十六条第一款）。");
        put(t + "row.denied_process_info", "履行行政管理职能过程中形成的讨论记录、过程稿、磋商信函、请示报告等过程性信息（条例第十六条第二款）。");
        put(t + "row.denied_enforcement_file", "行政执法案卷信息（条例第十六条第二款）。");
        put(t + "row.denied_inquiry_matter", "工商、不动产登记资料等，有关法律、行政法规对获取另有规定、应当按查询程序办理的"
                + "（条例第三十六条第（七）项）。");
        put(t + "row.unavailable_not_held", "经检索本机关没有所申请的信息，或者该信息不属于本机关负责公开的（条例第三十六条第（四）项、第（五）项）。");
        put(t + "row.unavailable_needs_creation", "没有现成的信息，需要对现有信息进行加工、分析或者另行制作的（条例第三十八条）。");
        put(t + "row.unavailable_unclear", "申请内容不明确，经告知补正后仍不明确、无法确定所申请的信息的（条例第三十条）。");
        put(t + "row.rejected_petition", "以政府信息公开申请的形式进行信访、投诉、举报等活动的（条例第三十九条第一款）。");
        put(t + "row.rejected_repeated", "已就申请作出答复后，申请人重复申请公开相同信息的（条例第三十六条第（六）项）。");
        put(t + "row.rejected_publication", "要求提供政府公报、报刊、书籍等公开出版物的（条例第三十九条第二款）。");
        put(t + "row.rejected_excessive", "申请的数量、频次明显超过合理范围，申请人说明的理由不合理的（条例第三十五条）。");
        put(t + "row.rejected_confirmation", "要求行政机关确认或者重新出具申请人已经获取的信息的。");
        put(t + "row.other_no_correction", "申请内容不明确，申请人无正当理由逾期不补正、视为放弃申请的（条例第三十条）。");
        put(t + "row.other_unpaid_fee", "申请人逾期未按收费通知要求缴纳信息处理费的（条例第四十二条、《政府信息公开信息处理费管理办法》）。");
        put(t + "row.other_other", "以上各项都不属于的其他处理结果。");
        put("2019:" + t + "row.other_handling", "以上（一）至（五）以外的其他处理结果，如申请人逾期不补正、逾期未缴纳费用等。");
        put(t + "row.results_total", "（一）至（六）各项办理结果之和，由系统计算（R2）。");
        put(t + "row.carried_out", "本年度收到、到12月31日尚未办结、转入下一年度继续办理的申请件数。");

        put(t + "column.natural_person", "以个人名义提出的申请。");
        put(t + "column.commercial", "以商业企业名义提出的申请。");
        put(t + "column.research", "以科研机构名义提出的申请。");
        put(t + "column.public_interest", "以社会公益组织名义提出的申请。");
        put(t + "column.legal_services", "以律师事务所等法律服务机构名义提出的申请。");
        put(t + "column.other_org", "以上四类以外的法人或者其他组织提出的申请。");
        put(t + "column.total", "自然人与五类法人或其他组织之和，由系统计算（R3）。");
    }

    // ---- 表四 政府信息公开行政复议、行政诉讼情况 ----------------------------------------------------------------------

    static {
        String t = "review_litigation.";
        put(t + "group.行政诉讼", "本年度针对本机关政府信息公开工作提起的行政诉讼，分未经复议直接起诉和复议后起诉两类。");
        put(t + "row.review", "本年度针对本机关政府信息公开工作申请的行政复议。");
        put(t + "row.suit_direct", "未经行政复议、直接针对本机关政府信息公开工作提起的行政诉讼。");
        put(t + "row.suit_after_review", "经行政复议后又提起的行政诉讼。复议机关作共同被告的，只计入作出原行政行为的机关。");
        put(t + "column.upheld", "复议决定或者判决维持本机关行为的件数。");
        put(t + "column.corrected", "本机关行为被撤销、变更、确认违法或者责令履行等纠正的件数。");
        put(t + "column.other", "维持、纠正以外的审结结果（如驳回、撤回申请或撤诉、终止等）的件数。");
        put(t + "column.pending", "到本年度12月31日尚未审结的件数。");
        put(t + "column.total", "结果维持、结果纠正、其他结果、尚未审结四项之和，由系统计算（R4）。");
    }
}
